# ExceptionGroup.split / subgroup with types and predicates, derive, preservation of metadata
eg = ExceptionGroup("top", [ValueError("v1"), TypeError("t1"), ExceptionGroup("sub", [ValueError("v2"), KeyError("k")])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
m, r = eg.split((ValueError, TypeError, KeyError))
print(m is eg, r)
m, r = eg.split(OSError)
print(m, r is eg)
print(eg.subgroup(lambda e: e is eg) is eg)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", len(excs))
        return MyEG(self.message + "*", excs)
mine = MyEG("mine", [ValueError(1), TypeError(2)])
mine.add_note("note on original")
mine.__cause__ = KeyError("cause")
s = mine.subgroup(ValueError)
print(type(s).__name__, s.message, s.__notes__, repr(s.__cause__))
class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("nd", [ValueError(1), TypeError(2)])
print(type(nd.subgroup(ValueError)).__name__)
