# Iterator exhaustion, sharing one iterator across consumers, iterating dict views while reading
it = iter(range(6))
print(list(zip(it, it)))
it2 = iter([1, 2, 3, 4, 5])
first = next(it2)
rest = list(it2)
print(first, rest, list(it2))
gen = (x for x in range(3))
print(1 in gen, list(gen))
nums = iter(range(10))
print([x for x in nums if x > 3][:2])
print(list(nums))
s = "abcdef"
i = iter(s)
pairs = []
for c in i:
    pairs.append(c + next(i, "?"))
print(pairs)
d = {"a": 1, "b": 2, "c": 3}
keys = iter(d)
print(next(keys))
d["a"] = 100
print(next(keys), list(keys))
m = map(str, range(3))
print(list(m), list(m))
z = zip("ab", "cd")
print(list(z), list(z))
e = enumerate("xy")
print(list(e), list(e))
r = reversed([1, 2])
print(list(r), list(r))
f = filter(None, [1, 0, 2])
print(next(f), list(f), list(f))
