# Exception chaining: __context__ (implicit), __cause__ (raise from), __suppress_context__, from None
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ValueError("second") from k
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("no handler") from TypeError("cause without context")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__)
try:
    e.__cause__ = "string"
except TypeError as t:
    print(type(t).__name__, t)
try:
    try:
        raise KeyError(1)
    finally:
        raise ValueError(2)
except ValueError as v:
    print("finally chain:", repr(v.__context__))
def cycle():
    try:
        try:
            raise ValueError("a")
        except ValueError as a:
            try:
                raise TypeError("b")
            except TypeError as b:
                raise a
    except ValueError as err:
        return repr(err.__context__), repr(err.__context__.__context__)
print(cycle())
try:
    try:
        raise ValueError("x")
    except ValueError as ex:
        raise ex
except ValueError as again:
    print("same object re-raised keeps context None:", again.__context__)
