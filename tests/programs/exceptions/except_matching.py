# except clause matching: tuples, base classes, order, bare except, re-raise, exception variable scope
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
try:
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then bare raise")
        raise
except ValueError as e:
    print("re-raised", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    1 / 0
except:
    print("bare except caught")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
print("e" in dir())
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
try:
    raise ValueError()
except ValueError as err:
    print(repr(err), str(err) == "")
class Custom(Exception):
    pass
try:
    raise Custom
except Custom as c:
    print(type(c).__name__, isinstance(c, Exception))
try:
    raise 5
except TypeError as t:
    print(type(t).__name__, t)
try:
    raise object
except TypeError as t:
    print(type(t).__name__, t)
try:
    try:
        pass
    except 5:
        pass
    print("non-class except clause not evaluated when nothing raised")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as t:
    print(type(t).__name__, t)
def reraise_outside():
    try:
        raise
    except RuntimeError as e:
        return type(e).__name__ + ": " + str(e)
print(reraise_outside())
