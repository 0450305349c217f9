# sys.stdout.write argument checking and return values; print with file=sys.stdout and end/sep combinations
import sys
print(sys.stdout.write(""), sys.stdout.write("abc\n"), sys.stdout.write("é😀\n"))
for bad in [5, b"bytes", None]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("a", "b", file=sys.stdout, sep="+", end="=\n")
sys.stdout.flush()
print(sys.stdout.flush())
class Upper:
    def write(self, s):
        return sys.stdout.write(s.upper())
    def flush(self):
        pass
print("lowercase text", file=Upper())
print(hasattr(sys.stdout, "encoding"), hasattr(sys, "__stdout__"))
