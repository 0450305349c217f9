# __getitem__ receives raw keys: negative ints are not normalized, slices keep None, __len__ not consulted
class Raw:
    def __len__(self):
        print("len called")
        return 3
    def __getitem__(self, k):
        return k
r = Raw()
print(r[-1], r[-100], r[1:], r[::-1], r[-2:-1])
class Norm:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self.data[i] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError("Norm index out of range")
        return self.data[k]
n = Norm("abcdef")
print(n[-1], n[1:4], n[::-2], n[-3:], n[100:], list(reversed(n)), "c" in n, n.__getitem__(0))
try:
    n[6]
except IndexError as e:
    print(type(e).__name__, e)
print(list(n), len(n), sorted(n, reverse=True)[:2])
