# del on names, subscripts, slices, attributes, and the errors it raises
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
del lst[-1]
print(lst)
d = {1: 'a', 2: 'b', 3: 'c'}
del d[2]
print(d)
try:
    del d[99]
except KeyError as e:
    print(type(e).__name__, e)
class C: pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, "a"), c.b)
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
[p, q] = [1, 2]
del [p, q]
print("p" in globals())
