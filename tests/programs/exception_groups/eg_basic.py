# ExceptionGroup construction, attributes, str/repr, validation errors, BaseExceptionGroup auto-selection
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), KeyError("k")])
print(eg, repr(eg), eg.message, eg.exceptions, len(eg.exceptions), eg.args)
print(type(eg).__name__, isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
beg = BaseExceptionGroup("base", [ValueError(1)])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg2).__name__)
for args in [("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg",), ("msg", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(nested)
print(repr(nested))
print(str(ExceptionGroup("one", [ValueError()])))
t = tuple(eg.exceptions)
print(type(eg.exceptions).__name__, t[0] is eg.exceptions[0])
