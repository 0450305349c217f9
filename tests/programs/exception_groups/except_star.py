# except* semantics: matching leaves, multiple clauses, re-raising unhandled rest, naked exceptions wrapped
def raise_group():
    raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
try:
    raise_group()
except* ValueError as eg:
    print("ValueErrors:", repr(eg))
except* TypeError as eg:
    print("TypeErrors:", repr(eg))
try:
    try:
        raise_group()
    except* ValueError as eg:
        print("handled values only", len(eg.exceptions))
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
try:
    raise KeyError("naked")
except* KeyError as eg:
    print("naked wrapped:", repr(eg), type(eg).__name__)
try:
    try:
        raise_group()
    except* ValueError:
        raise RuntimeError("new from handler")
except ExceptionGroup as e:
    print("raised in handler:", repr(e))
    print("  exceptions:", [type(x).__name__ for x in e.exceptions])
    print("  context of new:", repr(e.exceptions[0].__context__))
try:
    try:
        raise_group()
    except* (ValueError, TypeError) as eg:
        print("tuple match", [str(x) for x in eg.exceptions])
        raise
except ExceptionGroup as e:
    print("re-raised with raise:", repr(e))
def nested():
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [OSError("os"), ValueError("v")]), ValueError("v2")])
try:
    nested()
except* OSError as eg:
    print("OSError part:", repr(eg))
except* ValueError as eg:
    print("ValueError part:", repr(eg))
for src in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass\n", "try:\n    pass\nexcept*:\n    pass\n", "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n", "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
