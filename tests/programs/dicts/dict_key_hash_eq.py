# Custom __hash__/__eq__ objects as dict keys; lookups call __eq__ only on hash match
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print("hash", self.name)
        return self.h
    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name})"
d = {}
d[Key("a", 1)] = 1
d[Key("b", 1)] = 2
d[Key("c", 2)] = 3
print(len(d))
print(d[Key("b", 1)])
print(Key("z", 5) in d)
print(Key("a", 1) in d)
class AlwaysEq:
    def __hash__(self):
        return 0
    def __eq__(self, other):
        return True
s = {AlwaysEq(), AlwaysEq(), 0}
print(len(s))
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()), hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
