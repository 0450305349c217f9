# Which protocol each builtin consumer uses: len/iter/getitem; iterating dicts, strings, bytes, ranges, files-free
class Logged:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        print("  __iter__")
        return iter(self.data)
    def __len__(self):
        print("  __len__")
        return len(self.data)
    def __getitem__(self, i):
        print("  __getitem__", i)
        return self.data[i]
print("list():"); r = list(Logged([1, 2]))
print("tuple():"); r = tuple(Logged([1, 2]))
print("sorted():"); r = sorted(Logged([2, 1]))
print("for:")
for _ in Logged([1]):
    pass
print("unpack:"); a, b = Logged([1, 2])
print("in:"); r = 2 in Logged([1, 2])
print("reversed():"); r = list(reversed(Logged([1, 2])))
print("len():"); r = len(Logged([1, 2, 3]))
print("bool():"); r = bool(Logged([]))
print("dict(zip()):"); r = dict(zip(Logged("ab"), Logged([1, 2])))
print("str.join:"); r = "".join(Logged(["x", "y"]))
print("sum:"); r = sum(Logged([1, 2]))
print("set:"); r = set(Logged([1, 1]))
print("star call:"); r = print(*Logged(["star"]))
