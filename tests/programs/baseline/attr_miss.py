# Attribute misses in compiled code (returned as ERR, not thrown, for instances of Python
# classes): caught and uncaught, with name/obj/__context__ and traceback lines; attributes that
# appear later; __getattr__, properties, __slots__, ints, and modules with their own __getattr__.
import _lazy_attrs, sys


class A:
    cls_attr = 5

    def __init__(self):
        self.x = 1


class G:
    def __getattr__(self, name):
        return "G:" + name


class P:
    @property
    def bad(self):
        raise AttributeError("from property")


class S:
    __slots__ = ("a",)


def probe(o, which):
    try:
        if which == 0:
            return o.x
        if which == 1:
            return o.missing
        if which == 2:
            return o.cls_attr
        return o.other
    except AttributeError as e:
        return "AE: %s | name=%r obj_is=%r ctx=%r" % (e, e.name, e.obj is o, type(e.__context__).__name__)


def mod_probe(m, name):
    try:
        if name == "dyn":
            return m.dyn
        if name == "real":
            return m.real
        return m.nothing
    except AttributeError as e:
        return "AE: %s" % e


def chained(o):
    try:
        {}["k"]
    except KeyError:
        try:
            return o.missing
        except AttributeError as e:
            return "AE ctx=%s" % type(e.__context__).__name__


def uncaught_line(o):
    v = 1
    return o.nope + v


res = set()
for i in range(120):
    a = A()
    if i == 60:
        a.missing = "now present"
        a.__dict__["other"] = "via dict"
    r = (probe(a, 0), probe(a, 1), probe(a, 2), probe(a, 3), probe(G(), 1), probe(P(), 3), probe(S(), 1),
         probe(5, 1), mod_probe(_lazy_attrs, "dyn"), mod_probe(_lazy_attrs, "real"), mod_probe(_lazy_attrs, "x"),
         mod_probe(sys, "x"), chained(A()))
    if i in (0, 60, 119):
        print(r)
try:
    for i in range(120):
        uncaught_line(A())
except AttributeError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("uncaught", e, lines)
