"""Records CPython's stderr and exit status for tests/cli/syntax/*.py (run with python3 3.11).

The absolute path of the file in CPython's output is replaced by "<FILE>".
"""
import glob, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "syntax", "*.py"))):
    r = subprocess.run([sys.executable, path], capture_output=True, text=True)
    with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
        f.write(f"exit {r.returncode}\n" + r.stderr.replace(path, "<FILE>"))
