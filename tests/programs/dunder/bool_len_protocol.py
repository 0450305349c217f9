# Truth testing order: __bool__ first, then __len__, defaults True; used by if/while/not/and/or/filter/any/all
class Track:
    def __init__(self, name, b=None, l=None):
        self.name, self.b, self.l = name, b, l
    def __repr__(self):
        return "<" + self.name + ">"
class WithBool(Track):
    def __bool__(self):
        print(self.name, "__bool__")
        return self.b
class WithLen(Track):
    def __len__(self):
        print(self.name, "__len__")
        return self.l
t, f = WithBool("t", True), WithBool("f", False)
print(t and f, "|", f or t, "|", not f)
z, nz = WithLen("z", l=0), WithLen("nz", l=2)
print(bool(z), bool(nz))
print([x.name for x in filter(None, [t, f, z, nz])])
print(any([f, z]), all([t, nz]))
n = 3
class CountDown:
    def __bool__(self):
        global n
        n -= 1
        return n > 0
while CountDown():
    print("loop", n)
print("ternary", "yes" if nz else "no")
class Sub(WithBool):
    def __len__(self):
        print("len ignored when bool exists")
        return 0
print(bool(Sub("sub", True)))
try:
    bool(WithLen("neg", l=-1))
except ValueError as e:
    print(type(e).__name__, e)
print(bool(WithLen("big", l=2 ** 40)))
