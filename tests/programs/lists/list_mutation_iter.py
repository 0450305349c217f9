# Mutating lists during iteration, and list subclass behaviour
a = [1, 2, 3, 4, 5]
for x in a:
    if x % 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(out, b)
it = iter([1, 2, 3])
lst = list(it)
print(lst, list(it))
c = [1, 2, 3]
i = iter(c)
next(i)
c.clear()
print(list(i))
class MyList(list):
    def append(self, x):
        super().append(x * 2)
    def __repr__(self):
        return "MyList" + super().__repr__()
m = MyList([1, 2])
m.append(5)
m.extend([7])
print(m, len(m), type(m + [1]).__name__, type(m[:1]).__name__, type(m * 2).__name__)
m += [9]
print(m, type(m).__name__)
class Tracking(list):
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
t = Tracking([0, 0])
t[1] = 5
t[0:1] = [9]
print(t)
print(list(MyList([3])), isinstance(m, list), MyList.__mro__[1].__name__)
r = list(range(5))
print([r.pop() for _ in range(3)], r)
z = [3, 1, 2]
z.sort(key=lambda v: -v)
print(z)
