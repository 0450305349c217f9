# Exceptions through compiled functions: handlers, finally, with, re-raise, tracebacks.
# fails on purpose: the last re-raise through compiled frames is uncaught (traceback on stderr, exit 1)
import sys
import traceback

class CM:
    def __init__(self, log, swallow=False):
        self.log = log
        self.swallow = swallow
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, t, v, tb):
        self.log.append(("exit", t.__name__ if t else None))
        return self.swallow

def div(a, b):
    return a / b

def safe_div(a, b):
    try:
        return div(a, b)
    except ZeroDivisionError as e:
        return "err: " + str(e)
    finally:
        safe_div.calls += 1
safe_div.calls = 0

def with_it(x, log):
    with CM(log, swallow=x == 2):
        if x:
            raise ValueError(x)
        return "ok"
    return "swallowed"

def reraise(x):
    try:
        try:
            raise KeyError(x)
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        return (type(e.__cause__).__name__, e.__suppress_context__, str(e))

def bare_raise(x):
    try:
        div(1, 0)
    except ZeroDivisionError:
        if x:
            raise
        return "handled"

def group(x):
    try:
        raise ExceptionGroup("g", [ValueError(x), TypeError(x)])
    except* ValueError as eg:
        got = [type(e).__name__ for e in eg.exceptions]
    except* TypeError:
        pass
    return got

def loop_break(n):
    out = []
    for i in range(n):
        try:
            if i == 3:
                break
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out

def handled_info():
    try:
        raise IndexError("x")
    except IndexError:
        return sys.exc_info()[0].__name__, sys.exception().args

seen = set()
for i in range(150):
    log = []
    r = (safe_div(i, i % 3), with_it(0, log), reraise(i % 2), bare_raise(False), group(i), loop_break(5), handled_info())
    try:
        with_it(1, log)
    except ValueError as e:
        r += (e.args, )
    r += (with_it(2, log), tuple(log))
    seen.add(repr(r[1:]))
print(len(seen), sorted(seen)[0][:400])
print(safe_div.calls, sys.exc_info())

def deep(n):
    if n == 0:
        return div(1, 0)
    return deep(n - 1)

for i in range(60):
    try:
        deep(3)
    except ZeroDivisionError as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        lines = [f.lineno for f in traceback.extract_tb(e.__traceback__)]
print(names, lines)
try:
    bare_raise(True)
except ZeroDivisionError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

def frames():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, sorted(f.f_locals)

def caller():
    x = 1
    return frames(), sys._getframe().f_lineno, sorted(locals())

for i in range(60):
    r = caller()
print(r)

def recurse(n):
    return recurse(n + 1) if n < 100000 else n

for i in range(60):
    try:
        recurse(0)
    except RecursionError as e:
        msg = str(e)
print(msg)
bare_raise(True)
