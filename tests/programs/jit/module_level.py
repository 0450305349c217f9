# Hot loops at module level (LOAD_NAME/STORE_NAME on the globals), including a name that is
# deleted, a builtin shadowed halfway, and a loop inside exec() with separate locals.
total = 0
x = 0.0
for i in range(3000):
    total += i * 2
    x += 0.5
    if i == 1500:
        abs = lambda v: -1
    total += abs(-1)
print(total, x)
del abs
print(abs(-3))

n = 0
while n < 2000:
    n += 3
print(n)

words = ["a", "bb", "ccc"] * 500
lengths = 0
for w in words:
    lengths += len(w)
print(lengths)

ns = {}
exec("s = 0\nfor k in range(2500):\n    s += k\n", {}, ns)
print(ns["s"])

class C:
    acc = 0
    for j in range(1200):
        acc += j
print(C.acc)
