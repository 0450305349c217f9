# Dicts keyed by ints keep insertion order regardless of hash; deletion and reinsertion
d = {}
for k in [100, -1, 7, 2 ** 40, 0, 3, -(2 ** 62)]:
    d[k] = str(k)
print(list(d))
del d[7]
d[7] = "again"
print(list(d))
e = {i * 37 % 101: i for i in range(20)}
print(list(e)[:10], len(e))
for i in range(0, 20, 3):
    del e[i * 37 % 101]
print(list(e))
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:8], len(big), sum(big))
print(list({1.5: 0, 1: 0, -0.5: 0}), list({(1, 2): 0, (0,): 0}))
print({k: v for k, v in sorted({5: "e", 1: "a", 3: "c"}.items())})
