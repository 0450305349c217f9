# str.format: positional, keyword, indexing, attribute access, conversions, nesting
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=5))
print("{0[1]} {0[key]} {1.real} {1.imag}".format({"key": "K", 1: "one"}, 3 + 4j))
print("{0[0]}{0[2]}".format("abc"), "{.__class__.__name__}".format(1.0))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}} | {:^{w}.{p}f}".format("x", 3.14159, w=8, p=2))
print("{{literal}} {{{0}}}".format(5))
print("{0:{1}{2}}".format(42, "0>", 6))
print("{:*^20}".format(" centered "))
print("{:,} {:_} {:_x} {:#b}".format(10 ** 9, 10 ** 9, 0xFFFFFF, 10))
for fmt, args in [("{", ()), ("}", ()), ("{0}", ()), ("{1}", (1,)), ("{x}", ()), ("{0!z}", (1,)), ("{:d}", ("s",)), ("{0[5]}", ([1],)), ("{0.nope}", (1,)), ("{} {1}", (1, 2)), ("{0} {}", (1, 2)), ("{:>>>}", (1,)), ("{0:{1}}", (1, "{")), ("{:=5}", ("s",))]:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print("{:abc} {} {:}".format(P(), P(), P()))
print(format(P(), "zz"), f"{P():x{1}y}")
print("{0:s}".format("str"), "{0:10}|".format("left"), "{0:10}|".format(123))
print("{a[0]}{a[1]}".format(a="xy"), "{0[-1]}".format({"-1": "neg key"}))
