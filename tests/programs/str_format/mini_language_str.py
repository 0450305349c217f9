# Format mini-language for str: fill, align, width, precision
s = "abc"
for spec in ["", "5", "<5", ">5", "^5", "^6", "*^7", "0>5", ".1", "5.2", ">5.2", "=^3", "s", "10s", "-<4", " >4"]:
    print(repr(spec), repr(format(s, spec)))
for spec in ["=5", "+5", "#5", ",", "05", "d", "x"]:
    try:
        print(repr(spec), repr(format(s, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(repr(format("", "^3")), repr(format("é", "*^4")), repr(format("😀", "-^5")))
print(repr(format(None, "")), repr(format([1, 2], "")))
try:
    format(None, ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
