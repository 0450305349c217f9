# sys functions without parameters refuse arguments; sys.exit with a tuple; setswitchinterval's
# type check; sys.flags/version_info cannot be instantiated; sys.tracebacklimit.
import sys, subprocess

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__, e, getattr(e, "code", ""))

err(sys.getdefaultencoding, 42)
err(sys.getdefaultencoding, x=1)
err(sys.getdlopenflags, 42)
err(sys.getrecursionlimit, 1)
err(sys.setswitchinterval, "a")
err(sys.setswitchinterval, 0)
err(sys.exit, 42, 42)
err(sys.exit)
err(sys.exit, 42)
err(sys.exit, (42,))
err(sys.exit, "exit")
err(sys.exit, (17, 23))
err(sys.exit, [1])
for attr in (sys.flags, sys.version_info):
    t = type(attr)
    err(t, attr)
    try:
        t.__new__(t, attr)
    except TypeError:
        print("TypeError from __new__")
print(type(sys.float_info)(sys.float_info) == sys.float_info)
print(sys.version_info >= (3, 11), sys.flags.optimize)

code = """if 1:
    import sys
    def f1():
        1 / 0
    def f2():
        f1()
    sys.tracebacklimit = %r
    f2()
"""
for lim in [10, 2, 1, 0, -1, 1 << 100, -1 << 100, None, "x"]:
    p = subprocess.run([sys.executable, "-c", code % (lim,)], stderr=subprocess.PIPE)
    lines = p.stderr.decode().splitlines()
    print(repr(lim)[:10], p.returncode, len(lines), lines[0], lines[-1])
