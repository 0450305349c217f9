# Argument unpacking in calls: *iterables, **mappings, ordering, evaluation order
def show(*args, **kw):
    return args, kw
print(show(*[1, 2], *"ab", 3, *range(2)))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(1, *(2, 3), x=1, **{"y": 2}))
print(show(*{3: 0, 1: 0}), show(*iter([9, 8])))
def gen():
    yield 1
    yield 2
print(show(*gen(), *(x * 10 for x in range(2))))
log = []
def v(x):
    log.append(x)
    return x
show(v(1), *[v(2)], k=v(3), **{"m": v(4)})
print(log)
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *[2, 3]), f(*[1], 2, *[3]), f(c=3, *[1, 2]), f(**{"a": 1, "b": 2, "c": 3}))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print(show(*Seq()))
try:
    show(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3, **{"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 1, 2]), print(*[], sep="-"), print(*"abc", sep="-"))
