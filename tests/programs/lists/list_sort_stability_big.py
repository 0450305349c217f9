# Sorting larger lists: stability across multiple keys, reverse stability, key called once per element
records = [(i % 7, (i * 37) % 11, i) for i in range(60)]
by_second = sorted(records, key=lambda r: r[1])
by_both = sorted(by_second, key=lambda r: r[0])
print(by_both[:12])
print(by_both == sorted(records, key=lambda r: (r[0], r[1])))
rev = sorted(records, key=lambda r: r[0], reverse=True)
print(rev[:8])
print(rev == list(reversed(sorted(reversed(records), key=lambda r: r[0]))))
calls = [0]
def key(x):
    calls[0] += 1
    return -x
data = [(i * 7919) % 1000 for i in range(500)]
out = sorted(data, key=key)
print(calls[0], out[:5], out[-5:])
data.sort()
print(data[:10], data == sorted(data), data[250])
strs = [str((i * 31) % 97) for i in range(40)]
print(sorted(strs)[:10], sorted(strs, key=int)[:10])
print(sorted([[3, "c"], [1, "a"], [3, "a"], [2, "z"]]), sorted([(1, 2), (1,), (0, 5, 5)]))
