# Running a script whose bytes are not what its encoding says: CPython's file tokenizer reports
# "Non-UTF-8 code ..." or "encoding problem: ..." with no position; a cookie naming a codec that
# only the codec registry knows (cp437) works; with a declared encoding the caret column is the
# character offset. compile() of such bytes gives the 4-tuple SyntaxError arguments.
import os
import subprocess
import sys
import tempfile

cases = [
    b"\x89",
    b"x = 1\ny = '\xff'\n",
    b"# coding: foo\nx = 1\n",
    b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
    b"# -*- coding: cp437 -*-\n\"\xc2\xbf\xa2\" + f(4, x for x in range(1))\n",
    b"# -*- coding: cp437 -*-\nprint('\x80\x81\x82', len('\x80\x81\x82'))\n",
    b"# coding: latin-1\n\"\xe2\x82\xac\" + f(4, x for x in range(1))\n",
    b"# coding: utf-8\n\"\xe2\x82\xac\xe2\x82\xac\" + f(4, x for x in range(1))\n",
    b"\"\xe2\x82\xac\xe2\x82\xac\" + f(4, x for x in range(1))\n",
    b"# -*- coding: ascii -*-\n\n(\n",
]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "script.py")
    for src in cases:
        with open(path, "wb") as f:
            f.write(src)
        r = subprocess.run([sys.executable, "-X", "utf8", path], capture_output=True)
        print(r.returncode, r.stdout.decode("utf-8"), end="")
        print(r.stderr.decode("utf-8").replace(path, "SCRIPT"))

for src in [b"# coding: foo\nx=1\n", b"\xef\xbb\xbf# coding: latin-1\n"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(repr(e), e.args, e.lineno, e.filename)
try:
    compile("a\0", "f", "exec")
except SyntaxError as e:
    print(repr(e), e.args)
