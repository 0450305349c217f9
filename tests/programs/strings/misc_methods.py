# Less common str methods and behaviours: format_map, encode round trips, __mod__ with mapping, splitlines keepends
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} and {y}".format_map(Default(x="X")))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("abc".isascii(), "é".isascii(), str.isascii(""))
print("a-b_c d".title(), "hello   world".title(), "o'neil mc-donald".title())
print("Hello".casefold() == "hello", "ǅ".casefold(), "ΣΑΣ".casefold())
print("tab\tsep".expandtabs(8).count(" "))
print("abc".__getitem__(-1), "abc".__iter__().__next__(), str.__len__("four"))
print(str.join("-", ["1", "2"]), str.upper("x"), str.split("a b"), str.replace("aa", "a", "b"))
it = iter("ab😀")
print(next(it), next(it), next(it), next(it, "end"))
print("x".ljust(3).rstrip() == "x", "abc".startswith(("a",), 0), " ".isspace())
print(sorted(set("hello")) , "".join(sorted("hello")), "".join(reversed("hello")))
print(str.count("banana", "an"), "banana".index("an", 2), "banana".rindex("an", 0, 4))
print("a%sb" % "", "%%" % (), "%c%c" % (65, "B"), "%5.2s|" % "abc", "%-5c|" % "z")
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%r" % "q", "%a" % "é")
