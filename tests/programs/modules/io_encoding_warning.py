# PEP 597: -X warn_default_encoding sets sys.flags.warn_default_encoding, and open() /
# TextIOWrapper / io.text_encoding() without an encoding then emit an EncodingWarning at the
# caller's line; -X utf8 makes io.text_encoding(None) "utf-8".
import subprocess
import sys

code = """
import sys, io, pathlib
from io import open, TextIOWrapper
print(sys.flags.warn_default_encoding, sys.flags.utf8_mode)
def helper():
    return io.text_encoding(None)
print(helper())
with open(__file__) as f:
    pass
pathlib.Path(__file__).read_text()
with open(__file__, encoding="locale") as f:
    pass
with open(__file__, "rb") as b:
    TextIOWrapper(b).detach()
"""
import os
import tempfile

fd, path = tempfile.mkstemp(suffix=".py")
with os.fdopen(fd, "w", encoding="utf-8") as f:
    f.write(code)
try:
    for opts in (["-X", "warn_default_encoding"], ["-X", "utf8=1"]):
        p = subprocess.run([sys.executable, *opts, path], capture_output=True, text=True)
        print(opts, p.returncode)
        print("  out:", p.stdout.split())
        for line in p.stderr.splitlines():
            if "EncodingWarning" in line:
                print("  warning at line", line.split(":")[1], line.split(": ", 1)[1])
finally:
    os.unlink(path)

# bpo-37388: in dev mode open() and TextIOWrapper look the error handler up at once (without dev
# mode, only when first needed).
code2 = """
import sys
from io import open, TextIOWrapper
invalid = 'Boom, Shaka Laka, Boom!'
for f in (lambda: open(sys.argv[0], encoding=invalid), lambda: open(sys.argv[0], errors=invalid)):
    try:
        f()
        print("no error")
    except LookupError as e:
        print("LookupError", e)
with open(sys.argv[0], "rb") as fp:
    try:
        TextIOWrapper(fp, errors=invalid).detach()
        print("no error")
    except LookupError as e:
        print("LookupError", e)
"""
fd, path = tempfile.mkstemp(suffix=".py")
with os.fdopen(fd, "w", encoding="utf-8") as f:
    f.write(code2)
try:
    for opts in (["-X", "dev"],):
        p = subprocess.run([sys.executable, *opts, path], capture_output=True, text=True)
        print(opts, p.returncode, p.stdout.splitlines())
finally:
    os.unlink(path)
