# sys.exc_info and sys.exception in nested handlers and generators
import sys
def info():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None, tb is not None)
print(info(), sys.exception())
try:
    raise KeyError("outer")
except KeyError:
    print(info())
    try:
        raise ValueError("inner")
    except ValueError:
        print(info(), type(sys.exception()).__name__)
    print(info())
print(info())
try:
    try:
        raise TypeError("t")
    finally:
        print("finally sees", info())
except TypeError:
    pass
def g():
    yield info()
    try:
        raise IndexError("in gen")
    except IndexError:
        yield info()
gen = g()
try:
    raise OSError("caller")
except OSError:
    print(next(gen))
    print(next(gen))
    print(info())
