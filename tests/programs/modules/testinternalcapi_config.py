# _testinternalcapi: get_config()'s code_debug_ranges (on by default, off under
# -X no_debug_ranges / PYTHONNODEBUGRANGES, and then code has no columns and tracebacks no carets),
# get_recursion_depth() against Python frames, and sys.setrecursionlimit's depth check.
import os
import subprocess
import sys
import _testinternalcapi

config = _testinternalcapi.get_config()
print(type(config).__name__, config["code_debug_ranges"])
for key in ("isolated", "use_environment", "site_import", "optimization_level", "verbose",
            "write_bytecode", "interactive", "inspect", "quiet", "bytes_warning", "dev_mode"):
    print(key, config[key] == 0 or config[key] == 1, type(config[key]).__name__)
print(config["argv"] == sys.argv, config["orig_argv"] == sys.orig_argv, config["executable"] == sys.executable)
print(config["warnoptions"] == sys.warnoptions, config["filesystem_encoding"], config["filesystem_errors"])

try:
    _testinternalcapi.get_config(1)
except TypeError as e:
    print(type(e).__name__, e)

print(_testinternalcapi.get_recursion_depth())
def f():
    return _testinternalcapi.get_recursion_depth()
def g():
    return f()
print(f(), g())
print(list(map(lambda x: _testinternalcapi.get_recursion_depth(), [1])))
def gen():
    yield _testinternalcapi.get_recursion_depth()
print(list(gen()), [_testinternalcapi.get_recursion_depth() for _ in range(1)])

def rec(n):
    if n == 0:
        return _testinternalcapi.get_recursion_depth()
    return rec(n - 1)
print(rec(10) - f())

# sys.setrecursionlimit refuses a limit the current depth already reaches (the call counts).
old = sys.getrecursionlimit()
for n in (1, 2, 3, 5):
    try:
        sys.setrecursionlimit(n)
        print("set", n)
    except RecursionError as e:
        print(type(e).__name__, e)
    finally:
        sys.setrecursionlimit(old)

def at_depth(depth, limit):
    if _testinternalcapi.get_recursion_depth() >= depth:
        try:
            sys.setrecursionlimit(limit)
            return "set"
        except RecursionError as e:
            return str(e)
    return at_depth(depth, limit)
for limit in (10, 25, 50):
    print(at_depth(limit, limit))
    print(at_depth(limit - 5, limit))
    sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

code = "import _testinternalcapi as t\nprint(t.get_config()['code_debug_ranges'])\n" \
       "def f():\n    return a + b\nprint(sorted(set(p[2:] for p in list(f.__code__.co_positions())[1:])))\n"
for args, env in ((["-X", "no_debug_ranges"], {}), ([], {"PYTHONNODEBUGRANGES": "1"}), ([], {}),
                  (["-E"], {"PYTHONNODEBUGRANGES": "1"})):
    r = subprocess.run([sys.executable, *args, "-c", code], capture_output=True, text=True,
                       env={**os.environ, **env})
    print(args, sorted(env), r.stdout.split("\n")[:2], r.returncode)

r = subprocess.run([sys.executable, "-X", "no_debug_ranges", "-c", "x = 1\ny = x / 0\n"],
                   capture_output=True, text=True)
print(r.stderr.splitlines()[1:], r.returncode)
