# breakpoint() calls sys.breakpointhook; the default hook reads $PYTHONBREAKPOINT.
import os
import sys
import warnings

calls = []


def hook(*args, **kw):
    calls.append((args, kw))
    return "hooked"


sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, x=2), calls)

sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print("disabled:", breakpoint())

os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print("len hook:", breakpoint([1, 2, 3]))
os.environ["PYTHONBREAKPOINT"] = "abs"
print("builtin name:", breakpoint(-4))

for bad in ("nosuchmodule.hook", "nosuchbuiltin", ".", "int."):
    os.environ["PYTHONBREAKPOINT"] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = breakpoint()
    print(repr(bad), r, [(x.category.__name__, str(x.message)) for x in w])

del os.environ["PYTHONBREAKPOINT"]
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
