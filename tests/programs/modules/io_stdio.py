# sys.stdin/stdout/stderr as _io objects, and input() at the end of stdin (the runner gives /dev/null).
import sys
import _io

for name in ["stdin", "stdout", "stderr"]:
    s = getattr(sys, name)
    print(repr(s), type(s).__name__, s.encoding, s.errors, s.line_buffering, s.write_through, s.newlines)
    print(" ", repr(s.buffer), repr(s.buffer.raw), s.fileno(), s.isatty(), s.closed, s.readable(), s.writable())
    print(" ", s.mode, s.name, s.buffer.raw.closefd, s.buffer.raw.name, isinstance(s, _io.TextIOWrapper))
print(sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
print(sys.stdin.buffer.read(), sys.stdin.buffer.raw.read(10))
try:
    input()
except EOFError as e:
    print("EOFError", repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
try:
    input("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)

print("text then bytes")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(sys.stdout.write("written\n"), sys.stdout.write("é😀\n"))
sys.stdout.writelines(["w1\n", "w2\n"])
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")
sys.stderr.write("bad \udc80 char\n")
try:
    print("lone \udc80 surrogate")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print("flush", flush=True)

class Fake:
    def __init__(self, lines):
        self.lines = lines
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
old = sys.stdin
sys.stdin = Fake(["first line\n", "no newline"])
print(repr(input()), repr(input("p: ")))
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = old
out = sys.stdout
sys.stdout = _io.StringIO()
print("captured")
x = input  # keep the name used
cap = sys.stdout.getvalue()
sys.stdout = out
print(repr(cap))
print("end")
