# Container dunders: __getitem__/__setitem__/__delitem__ with ints and slices, __contains__, __len__, __reversed__, __missing__ not used by non-dicts
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[1], s[-1], s[1:4], s[::2], s[1:2:3])
s[0] = "A"
s[1:3] = ["B", "C"]
del s[0]
del s[::2]
print(s)
class T:
    def __getitem__(self, k):
        return k
t = T()
print(t[1, 2], t[1:2, ::3], t[...], t[:, None], t["k"], t[()])
class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == 3
print(3 in Contains(), 4 not in Contains())
class RetNonBool:
    def __contains__(self, x):
        return [1]
print(1 in RetNonBool())
class IterOnly:
    def __iter__(self):
        print("iter used for in")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetitemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(20 in GetitemOnly(), 25 in GetitemOnly(), list(GetitemOnly()))
class Rev:
    def __reversed__(self):
        return iter("reversed!")
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
print(list(reversed(SeqRev())))
try:
    reversed(Contains())
except TypeError as e:
    print(type(e).__name__, e)
try:
    T()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del T()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Contains()[0]
except TypeError as e:
    print(type(e).__name__, e)
