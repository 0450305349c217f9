# Assignment expressions (walrus)
data = [1, 4, 9, 16, 25]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 5:
    print("i", i)
print("final", i)
print((a := 10) + a)
def f():
    if any((hit := v) > 10 for v in data):
        return hit
print(f())
vals = [(z := k) * z for k in range(4)]
print(vals, z)
total = 0
print([total := total + v for v in range(5)], total)
print(f"{(w := 7)} {w * 2}")
def g(x):
    return (r := x + 1, r * 2)
print(g(3))
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("x := 5")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
class C:
    vals = [(q := 3)]
print(C.vals, C.q)
