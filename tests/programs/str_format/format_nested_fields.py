# Nested replacement fields, attribute/index chains, conversion + spec combos, format_map with objects
class Obj:
    def __init__(self):
        self.items = [10, 20, {"k": "deep"}]
        self.name = "obj"
o = Obj()
print("{0.name} {0.items[1]} {0.items[2][k]}".format(o))
print("{x.items[0]:>{w}} | {x.name!r:^{w2}}".format(x=o, w=6, w2=9))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=11))
print("{:{}{}}".format(3.14159, ".", "3"), "{:{}}".format("x", 5) + "|")
print("{0:{1}}{0:{2}}".format(7, "<3", ">3"))
print("{!r:>10}".format("q"), "{!s:*<6}".format(1.5), "{!a}".format("ü"))
print("{0}{1}{0}".format("ab", "-"), "{} {} {}".format(*"xyz"), "{a}{b}".format(**{"a": 1, "b": 2}))
data = {"user": {"name": "Ann", "langs": ["py", "js"]}}
print("{d[user][name]} knows {d[user][langs][0]}".format(d=data))
print("{:%Y}".format(type("T", (), {"__format__": lambda self, spec: f"custom[{spec}]"})()))
print("{0:b} {0:o} {0:x} {0:X} {0:#x} {0:,} {0:_}".format(1234567))
print("{:.3%} {:+.2e} {:g}".format(0.123456, 12345.678, 1e-10))
try:
    "{0[}".format([1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
