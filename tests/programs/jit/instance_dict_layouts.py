# Instance attributes read and written in hot loops while the objects' dict layouts change:
# objects of one class with attributes added in different orders, attributes added, deleted
# and replaced through __dict__ halfway, and a call in the loop body that adds attributes.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    pass


def make_q(x, y, order):
    q = Q()
    if order:
        q.x = x
        q.y = y
    else:
        q.y = y
        q.x = x
    return q


def total(objs, rounds):
    s = 0.0
    for _ in range(rounds):
        for o in objs:
            s += o.x * 2.0 + o.y
            o.x = o.x + 1.0
    return s


def poke(o, i):
    if i % 97 == 0:
        o.extra = i
    if i % 211 == 0 and hasattr(o, "extra"):
        del o.extra
    return i


def mutating(objs, n):
    s = 0
    for i in range(n):
        o = objs[i % len(objs)]
        a = o.x
        poke(o, i)
        b = o.x
        o.y = a + b
        s += o.y
    return s


ps = [P(float(i), float(i * 3)) for i in range(5)]
print(total(ps, 3000))
qs = [make_q(float(i), float(-i), i % 2 == 0) for i in range(6)]
print(total(qs, 3000))

mixed = [P(1.0, 2.0), make_q(3.0, 4.0, True), P(5.0, 6.0)]
print(total(mixed[0:1] + mixed[2:], 2000))

ps2 = [P(i, i + 1) for i in range(4)]
print(mutating(ps2, 5000))
print(sorted(vars(ps2[0]).items()))

# A layout change in the middle of a hot loop: attributes added to every object, one deleted
# and put back (the dict leaves its shared layout), one dict replaced through __dict__.
objs = [P(float(i), 1.0) for i in range(4)]
acc = 0.0
for i in range(6000):
    o = objs[i % 4]
    acc += o.x + o.y
    o.y = o.y + 0.5
    if i == 2000:
        for p in objs:
            p.z = 0
    if i == 3000:
        del objs[1].x
        objs[1].x = 10.0
    if i == 4000:
        objs[2].__dict__ = {"y": 7.0, "x": 8.0}
print(acc, [sorted(vars(p)) for p in objs])
