# Statement forms: semicolons, pass, multiple targets, line continuation, ellipsis body
a = b = c = [1]
print(a is b is c)
x = 1; y = 2; z = x + y; print(z)
def f(): ...
print(f())
class Empty: pass
print(Empty.__name__)
if True: print("inline if")
for i in range(2): print("inline for", i)
while False: pass
total = 1 + \
    2 + \
    3
print(total)
value = (1 +
         2 +
         3)
print(value)
items = [
    1,
    2,
    3,
]
print(items)
def g(a,
      b=2,
      ):
    return a + b
print(g(1,))
print(..., Ellipsis, ... is Ellipsis)
x, = [5]
print(x)
[y] = (6,)
print(y)
(p, q), r = (1, 2), 3
print(p, q, r)
a = b = 3
a += 1
print(a, b)
i = j = k = 0
print(i, j, k)
