# AttributeError messages, name/obj attributes, and suggestions are not part of str(e)
class Point:
    def __init__(self):
        self.x = 1
p = Point()
try:
    p.y
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is p, "|", e.args)
try:
    Point.y
except AttributeError as e:
    print(e, "|", e.name, "|", e.obj is Point)
try:
    (1).foo
except AttributeError as e:
    print(e, "|", e.name, e.obj)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "s".nope = 1
except AttributeError as e:
    print(e)
try:
    [].append = 1
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    del p.nothere
except AttributeError as e:
    print(e)
try:
    int.real = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
def f(): pass
try:
    f.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
e = AttributeError("custom", name="n", obj=3)
print(e, e.name, e.obj)
e2 = AttributeError("plain")
print(e2.name, e2.obj)
try:
    import sys
    sys.no_such_thing
except AttributeError as err:
    print(err)
