# print(): sep, end, file, flush; printing various objects; sys.stdout.write return value
import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" END\n")
print()
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep="\n")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(sep="x", end="!\n")
print("x", sep=None, end=None)
n = sys.stdout.write("written directly\n")
print(n)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("hello", "world", file=c, sep="-")
print(c.parts)
print("file=None uses stdout", file=None)
print("é😀", "\t|")
print("%s" % "x", end="\n\n")
print("done")
