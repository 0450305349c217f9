# array: indexing, slicing, operators, comparisons, iteration.
from array import array as A

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = A('i', range(10))
print(len(a), a[0], a[-1], a[3:7], a[::2], a[::-3], a[7:2:-2], a[100:], a[-100:2])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a['x'])
show(lambda: a[1.0])
show(lambda: a[2**70])
b = A('i', range(10)); b[0] = 100; b[-1] = -100; print(b)
def setit(x, k, v): x[k] = v
def delit(x, k): del x[k]
show(lambda: setit(b, 10, 1))
show(lambda: setit(b, 0, 'x'))
show(lambda: setit(b, 'x', 1))
b[2:4] = A('i', [7, 7, 7]); print(b)
b[2:5] = A('i'); print(b)
b[:0] = A('i', [-1]); print(b)
b[len(b):] = A('i', [55]); print(b)
b[5:2] = A('i', [99]); print(b)
show(lambda: setit(b, slice(0, 2), [1, 2]))
show(lambda: setit(b, slice(0, 2), A('h', [1, 2])))
c = A('i', range(8))
c[::2] = A('i', [0, 0, 0, 0]); print(c)
c[::-2] = A('i', [9, 8, 7, 6]); print(c)
show(lambda: setit(c, slice(None, None, 2), A('i', [1])))
c[1::3] = A('i'); print(c)
c = A('i', range(6)); c[:] = c; print(c)
c[1:3] = c; print(c)
d = A('b', range(10))
del d[0]; print(d)
del d[-1]; print(d)
del d[2:4]; print(d)
del d[::2]; print(d)
del d[::-1]; print(d)
show(lambda: delit(d, 0))
d = A('b', range(10)); del d[1:8:3]; print(d)

# operators
x = A('h', [1, 2]); y = A('h', [3])
print(x + y, x * 3, 2 * x, x * 0, x * -1, y * True)
show(lambda: x + [1])
show(lambda: x + A('i', [1]))
try:
    [1] + x
except TypeError as e:
    print('TypeError', str(e).startswith('can only concatenate list'))
show(lambda: x * 'a')
show(lambda: x * 1.5)
z = x; z += y; print(z, z is x)
z *= 2; print(z, z is x)
z *= 0; print(z)
w = A('h', [1])
def iadd(): 
    global w
    w += [1]
show(iadd)
def iadd2():
    global w
    w += A('b', [1])
show(iadd2)

# comparisons
p = A('i', [1, 2, 3])
for q in [A('i', [1, 2, 3]), A('i', [1, 2]), A('i', [1, 2, 4]), A('d', [1.0, 2.0, 3.0]), A('B', [1, 2, 3, 0]), A('i')]:
    print(p == q, p != q, p < q, p <= q, p > q, p >= q)
print(p == [1, 2, 3], p != (1, 2, 3))
try:
    p < [1]
except TypeError as e:
    print('TypeError', str(e).startswith("'<' not supported"))
nan = float('nan')
n1 = A('d', [nan]); print(n1 == n1, n1 == A('d', [nan]), n1 < A('d', [nan]), n1 != A('d', [nan]))
print(A('u', 'abc') < A('u', 'abd'), A('u', 'b') > A('u', 'abc'), A('u', 'a') == A('u', 'a'))
print(A('u', 'a') == A('i', [97]))
show(lambda: A('u', 'a') < A('i', [97]))
print(A('Q', [2**64 - 1]) > A('q', [2**63 - 1]), A('q', [-1]) < A('Q', [0]), A('f', [0.5]) == A('d', [0.5]))

# iteration
it = iter(A('b', [1, 2, 3]))
print(type(it).__name__, type(it).__module__, next(it), list(it), list(it))
print(it.__reduce__()[1:])
it2 = iter(A('d', [1.5, 2.5])); print(it2.__reduce__()[1:])
next(it2); print(it2.__reduce__()[2])
it3 = iter(A('i', [1, 2, 3])); it3.__setstate__(2); print(list(it3))
it4 = iter(A('i', [1, 2, 3])); it4.__setstate__(-5); print(list(it4))
grow = A('i', [1])
out = []
for v in grow:
    out.append(v)
    if v < 4: grow.append(v + 1)
print(out)
print(sorted(A('i', [3, 1, 2])), list(reversed(A('u', 'abc'))), sum(A('d', [0.5, 0.25])))
print(list(enumerate(A('u', 'xy'))), max(A('Q', [1, 2**63])))
show(lambda: type(it)())
