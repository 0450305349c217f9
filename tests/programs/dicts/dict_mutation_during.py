# Mutating dicts while iterating: errors for size changes, allowed value updates, iteration over copies
d = {i: i * i for i in range(5)}
for k in d:
    d[k] = -d[k]
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d2 = {1: 1, 2: 2}
try:
    for k, v in d2.items():
        d2[k + 10] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d3 = {"a": 1}
try:
    for v in d3.values():
        del d3["a"]
        d3["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(d3)
d4 = {1: 1}
it = iter(d4)
d4[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d5 = {1: 1, 2: 2}
it5 = iter(d5)
print(next(it5))
del d5[2]
d5[3] = 3
try:
    print(next(it5))
except RuntimeError as e:
    print(type(e).__name__, e)
