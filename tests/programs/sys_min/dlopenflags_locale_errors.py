# sys.getdlopenflags/setdlopenflags keep the flags (argument checks as CPython); in the C, POSIX
# and C.UTF-8 locales the standard streams use surrogateescape even without UTF-8 mode.
import sys
print(sys.getdlopenflags())
for a in [(), (1, 2), ("x",), (1.5,)]:
    try: sys.setdlopenflags(*a)
    except TypeError as e: print(type(e).__name__, e)
try: sys.getdlopenflags(42)
except TypeError as e: print(type(e).__name__, e)
sys.setdlopenflags(3); print(sys.getdlopenflags()); sys.setdlopenflags(2)
import subprocess, os
for loc in ("C", "POSIX", "C.UTF-8"):
    for enc in (None, "ascii", ":replace"):
        env = dict(os.environ, LC_ALL=loc, PYTHONCOERCECLOCALE="0")
        env.pop("PYTHONIOENCODING", None)
        if enc: env["PYTHONIOENCODING"] = enc
        r = subprocess.run([sys.executable, "-X", "utf8=0", "-I", "-c", "import sys; print(sys.stdin.errors, sys.stdout.errors, sys.stderr.errors)"], env=env, capture_output=True, text=True)
        print(loc, enc, r.stdout.strip())
