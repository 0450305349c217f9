# slice objects: attributes, indices(), equality, hashing (3.11: unhashable), use in __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
data = list(range(10))
print(data[slice(2, 8, 3)], data[slice(None, None, -4)], "abcdef"[slice(1, -1)])
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::], sh[:3], sh[1::], sh[::-1], sh[1:2, 3:4], sh["a":"b":"c"])
print(slice("a", [1], None).start, slice(1.5, 2.5).stop)
try:
    [1, 2, 3]["a":]
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2
print(data[I():], data[:I()], data[::I()])
print(slice(2 ** 70, -2 ** 70, -1).indices(5))
