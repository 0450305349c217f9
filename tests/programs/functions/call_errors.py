# TypeError messages for bad calls (3.11 wording with qualified names)
def f(a, b, /, c, d=4, *, e, f=6):
    pass
def g(x, y=1):
    pass
def h(*, k):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
calls = [
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, z=2),
    lambda: g(1, x=2),
    lambda: g(y=2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(1, b=2, c=3, e=4),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: h(1),
    lambda: h(),
    lambda: h(k=1, j=2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: g(*5),
    lambda: g(**5),
    lambda: g(1, **{"x": 2}),
    lambda: f(1, 2, 3, e=1, **{"e": 2}),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
def many(a, b, c, d):
    pass
for args in [(), (1,), (1, 2), (1, 2, 3)]:
    try:
        many(*args)
    except TypeError as e:
        print(e)
def kwmany(*, a, b, c):
    pass
try:
    kwmany()
except TypeError as e:
    print(e)
try:
    kwmany(a=1, b=2)
except TypeError as e:
    print(e)
