# for-loop targets: attributes, subscripts, starred, nested tuples; loop variable after loop
class O: pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
d = {}
for d["k"] in "abc":
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
for a, *b in ["abc", "de", "f"]:
    print(a, b)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x + y + z, end=" ")
print()
for i in range(5):
    pass
print("i after loop:", i)
for j in []:
    pass
print("j" in dir())
for k in range(3):
    k = 100
print(k)
r = range(3)
for n in r:
    r = range(100)
print(n)
items = [1, 2, 3]
for it in items:
    items = []
print(it)
for ch in "ab" "cd":
    print(ch, end="")
print()
for [p, q] in [[1, 2]]:
    print(p, q)
