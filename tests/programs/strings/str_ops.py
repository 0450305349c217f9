# str operators: +, *, in, comparisons, iteration, hashing-independent behaviour
a = "abc"
print(a + "def", a * 3, 3 * a, a * 0, a * -1, "" * 100)
print("b" in a, "bc" in a, "ac" in a, "" in "")
print("abc" < "abd", "abc" < "ab", "B" < "a", "a" < "B", "é" > "z", "Z" < "a" < "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), max("hello"), min("hello"))
print(list("héllo"), tuple("ab"), [c * 2 for c in "xyz"])
print(str(), str(123), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"), repr("\n\t"))
s = "x"
for i in range(5):
    s += str(i)
print(s, len(s), s.__add__("!"), s.__mul__(2), s.__rmul__(2), s.__contains__("x1"))
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % "x", "abc".__eq__("abc"), "abc".__lt__(1), "a".__ne__("b"))
print(ascii("héllo\n😀"), ascii(["é"]), repr("é"), str("é"))
class S(str):
    pass
x = S("hi")
print(type(x + "!").__name__, type(x * 2).__name__, type(x.upper()).__name__, type(x[0]).__name__, type(str(x)).__name__)
print(x == "hi", x.__class__.__name__, isinstance(x, str))
