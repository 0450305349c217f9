# list slice reads, slice assignment (including extended slices), deletion
a = list(range(10))
print(a[2:5], a[:-3], a[-3:], a[::3], a[::-3], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11, 12]
print(b)
b[:] = [0, 1]
print(b)
b[5:] = [7, 8]
print(b)
b[-1:] = []
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[1::2] = [None] * 5
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[::-1] = []
except ValueError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[::3]
print(d)
del d[1:-1]
print(d)
e = list(range(5))
e[1:3] = e
print(e)
f = [1, 2, 3]
f[1:2] = range(3)
print(f)
f[0:0] = "xy"
print(f)
try:
    f[0:1] = 5
except TypeError as e2:
    print(type(e2).__name__, e2)
g = list(range(6))
g[4:1] = [9]
print(g)
g[::-1] = list(range(7))
print(g)
h = [0, 1, 2, 3]
h[slice(1, 3)] = ["s"]
print(h, h[slice(None)], h[slice(None, None, -1)])
try:
    a[::0]
except ValueError as e3:
    print(type(e3).__name__, e3)
