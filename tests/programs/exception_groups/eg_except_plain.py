# Catching ExceptionGroup with plain except, iterating leaves recursively, BaseExceptionGroup with except*
def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
try:
    raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ExceptionGroup("deep", [KeyError(3)])])])
except ExceptionGroup as eg:
    print([repr(x) for x in leaves(eg)])
    print(len(eg.exceptions), eg.message)
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
except* KeyboardInterrupt as g:
    print("caught KeyboardInterrupt part:", repr(g))
except* ValueError as g:
    print("caught ValueError part:", repr(g))
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except ValueError:
    print("not reached: plain except does not match leaves")
except Exception as e:
    print("plain except Exception catches the group:", type(e).__name__)
try:
    exec("def g():\n    try:\n        pass\n    except* OSError:\n        return 1\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
