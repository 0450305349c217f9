# int() and operator.index warn (DeprecationWarning) when __int__/__index__ return a strict int
# subclass (bool) or when int() delegates to __trunc__; the results are exact ints.
import warnings, operator

class BadIndex:
    def __index__(self): return True
class BadIndex2(int):
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class BadInt2(int):
    def __int__(self): return True
class Trunc:
    def __trunc__(self): return 5
class TruncBad:
    def __trunc__(self): return BadIndex()
class Good:
    def __index__(self): return 7

for label, f in [("index BadIndex", lambda: operator.index(BadIndex())), ("int BadIndex", lambda: int(BadIndex())),
                 ("int BadIndex2", lambda: int(BadIndex2())), ("int BadInt", lambda: int(BadInt())),
                 ("int BadInt2", lambda: int(BadInt2())), ("int Trunc", lambda: int(Trunc())),
                 ("int TruncBad", lambda: int(TruncBad())), ("int Good", lambda: int(Good())),
                 ("range", lambda: range(Good())[-1]), ("list index", lambda: [1, 2][BadIndex()])]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    print(label, r, type(r).__name__, [(x.category.__name__, str(x.message)) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(BadInt())
    except DeprecationWarning as e:
        print("error:", e)
