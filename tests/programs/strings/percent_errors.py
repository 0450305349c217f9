# %-formatting errors and edge cases
cases = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%", ()), ("%(a)s", 1), ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%s %(a)s", {"a": 1}), ("%*d", (5, 3)), ("%.*f", (2, 3.14159)), ("%-*d|", (4, 7)), ("%i", 3.9), ("%o", -8), ("%e", "x")]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
print("%s" % {"a": 1}, "%s" % ({"a": 1},), "%(a)s %(a)r" % {"a": "x"})
print("%5s|%-5s|%05.1f|% d|%+d" % ("ab", "ab", 3.14159, 5, 5))
print("%x %X %#x %#X %#o" % (255, 255, 255, 255, 8))
print("%.3s|%10.4f|%-10d|%010d" % ("abcdef", 3.14159, 42, -42))
print("%d%%" % 50, "%s" % None, "%r" % None, "%s" % True, "%d" % True)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65, b"%c" % b"z", b"%a" % "\xe9")
