# namedtuple fields (collections' _tuplegetter descriptors) read through the attribute caches,
# and str % formatting, as compiled code runs them (120 calls each); the errors of both.
from collections import namedtuple

from _repeat import repeat

Point = namedtuple("Point", "x y")
Order = namedtuple("Order", ["id", "customer", "qty"], defaults=[1])


class Point3(Point):
    __slots__ = ()
    z = 0

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Loose(Point):
    pass


class Override(Point):
    @property
    def x(self):
        return "overridden"


def fields(p):
    return p.x, p.y, p.x * 2 + p.y


def orders(os):
    total = 0
    names = []
    for o in os:
        total += o.qty * o.id
        names.append(o.customer)
    return total, names


def mixed(objs):
    return [o.x for o in objs]


def loose():
    p = Loose(1, 2)
    p.extra = 3
    return p.x, p.extra, vars(p)


def wrong_type():
    return Point.x.__get__((1,)), Point.y.__get__((1, 2, 3))


def wrong_type2():
    return Point.y.__get__((1,))


def wrong_type3():
    return Point.x.__get__([1, 2])


def fmt(i, s):
    return "c%d" % i, "%s-%05.1f" % (s, i / 3), "%(a)s/%(b)r" % {"a": s, "b": i}, "%x%%" % i, "%c" % 65


def fmt_errors(case):
    if case == 0:
        return "%d" % "x"
    if case == 1:
        return "%s %s" % (1,)
    if case == 2:
        return "%s" % (1, 2)
    return "%(a)s" % (1,)


class Rmod(str):
    def __rmod__(self, other):
        return "Rmod.__rmod__"


def fmt_rmod():
    return "%s" % Rmod("q"), "%r" % (Point(1, 2),), "%s|%s" % Point(1, 2)


repeat("fields", fields, Point(3, 4))
repeat("fields sub", fields, Point3(5, 6))
repeat("orders", orders, [Order(i, "c%d" % i) for i in range(4)] + [Order(9, "z", 3)])
repeat("mixed", mixed, [Point(1, 2), Point3(3, 4), Override(5, 6), Loose(7, 8)])
repeat("norm1", lambda p: (p.norm1, p.z), Point3(-2, 3))
repeat("loose", loose)
repeat("wrong type", wrong_type)
repeat("wrong type2", wrong_type2)
repeat("wrong type3", wrong_type3)
repeat("fmt", fmt, 7, "s")
for c in range(4):
    repeat("fmt error %d" % c, fmt_errors, c)
repeat("fmt rmod", fmt_rmod)
