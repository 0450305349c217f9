# raise forms: class vs instance, raise from, bare raise inside nested functions, re-raising caught exception objects
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("inst")
for fn in (raise_class, raise_instance):
    try:
        fn()
    except ValueError as e:
        print(repr(e), e.__traceback__ is not None)
class Needs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise Needs
except TypeError as e:
    print(type(e).__name__, e)
saved = None
try:
    raise KeyError("saved")
except KeyError as e:
    saved = e
try:
    raise saved
except KeyError as e:
    print("re-raised saved:", repr(e), e is saved)
def helper():
    raise
try:
    try:
        raise IndexError("outer")
    except IndexError:
        helper()
except IndexError as e:
    print("bare raise in helper re-raised", repr(e))
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise StopIteration
except StopIteration as e:
    print("StopIteration raised directly is fine outside generators", repr(e))
def gen():
    raise ValueError("from generator body")
    yield
try:
    next(gen())
except ValueError as e:
    print(repr(e))
