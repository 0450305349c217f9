# sys.exc_info() and sys.exception() during handling, after handling, in nested handlers and finally
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print("nested:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info(), sys.exception())
def in_finally():
    try:
        raise TypeError("t")
    finally:
        print("in finally:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
try:
    in_finally()
except TypeError:
    pass
def gen():
    try:
        raise IndexError("g")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g))
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    print(next(g), sys.exc_info()[0].__name__)
def handler_calls_function():
    try:
        raise NameError("n")
    except NameError:
        return helper()
def helper():
    return sys.exc_info()[0].__name__
print(handler_calls_function())
