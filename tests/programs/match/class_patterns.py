# Class patterns: positional via __match_args__, keyword attributes, builtins with self-matching, errors
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on plane {x},{y}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), Point3(1, 2, 0), Point3(0, 0, 1), "x"]:
    print(where(p))
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case list([a, *_]):
            return f"list starting {a}"
        case dict({"k": kv}):
            return f"dict k={kv}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case _:
            return "other"
for v in [True, 3, 2.5, "s", [7, 8], {"k": 1}, (1, 2), None]:
    print(builtin(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 5
    match 5:
        case x.real():
            pass
except TypeError as e:
    print(type(e).__name__, e)
class BadMatchArgs:
    __match_args__ = ["a"]
try:
    match BadMatchArgs():
        case BadMatchArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(x=1, y=2, z=3):
        print("missing attribute z should not match")
    case Point(x=1) as p:
        print("keyword subset matched", p.y)
