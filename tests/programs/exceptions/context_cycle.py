# Implicit exception chaining when the handled exception's __context__ chain already holds a
# cycle (user code may set __context__ freely): raising must not loop forever.

def cycle_self():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle_self()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__context__.__context__ is e.__context__)


def cycle_pair():
    a = KeyError("a")
    b = IndexError("b")
    a.__context__ = b
    b.__context__ = a
    try:
        raise a
    except KeyError:
        raise OSError("c")

try:
    cycle_pair()
except Exception as e:
    print(type(e).__name__, e)
    c = e.__context__
    print(type(c).__name__, type(c.__context__).__name__, type(c.__context__.__context__).__name__)


def cycle_through_new():
    # the new exception is already in the chain: the link to it is cut
    new = RuntimeError("new")
    old = ValueError("old")
    old.__context__ = new
    try:
        raise old
    except ValueError:
        raise new

try:
    cycle_through_new()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__.__context__)


def long_cycle(n):
    excs = [ValueError(i) for i in range(n)]
    for i in range(n):
        excs[i].__context__ = excs[(i + 1) % n]
    try:
        raise excs[0]
    except ValueError:
        raise TypeError("after %d" % n)

for n in (3, 4, 7):
    try:
        long_cycle(n)
    except TypeError as e:
        print(type(e).__name__, e, e.__context__.args)
