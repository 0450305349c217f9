# One attribute site in a hot loop meets objects of several classes, the later ones only after
# the loop was compiled (their reads and writes are recorded in bridges): instance-dict
# attributes, a property of the same name, __slots__, __getattr__, a class attribute shadowed
# later by an instance attribute, and a method found on different classes.


class Plain:
    def __init__(self, v):
        self.value = v
        self.count = 0

    def bump(self):
        return 1


class Other:
    def __init__(self, v):
        self.count = 0
        self.value = v * 2          # the same names, in another order

    def bump(self):
        return 2


class Prop:
    def __init__(self, v):
        self._v = v
        self.count = 0

    @property
    def value(self):
        return self._v + 1000

    def bump(self):
        return 3


class Slotted:
    __slots__ = ("value", "count")

    def __init__(self, v):
        self.value = v
        self.count = 0

    def bump(self):
        return 4


class Dynamic:
    count = 0

    def __getattr__(self, name):
        return len(name) * 7

    def bump(self):
        return 5


def run(objs, rounds):
    total = 0
    for _ in range(rounds):
        for o in objs:
            total += o.value
            o.count = o.count + o.bump()
    return total


plain = [Plain(i) for i in range(50)]
print(run(plain, 100))
mixed = plain[:10] + [Other(3), Prop(4), Slotted(5), Dynamic(), Other(6)] * 4
print(run(mixed, 300))
print([o.count for o in mixed[:16]])
d = mixed[13]
d.value = -1                        # now an instance attribute shadows __getattr__
print(run(mixed, 50), d.count, Dynamic.count)
Other.bump = lambda self: 20        # a method replaced while the loop is hot
print(run(mixed, 50), mixed[10].count)
