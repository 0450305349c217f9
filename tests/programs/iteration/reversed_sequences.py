# reversed() over exact tuples (read directly), tuple subclasses with their own __getitem__,
# lists, strs, ranges and a sequence whose __getitem__ ends early; in a function run 100 times.
class T(tuple):
    def __getitem__(self, i):
        return "T%d" % i
def f(seq):
    return list(reversed(seq))
for i in range(100):
    r = (f((1, 2, 3)), f(T((1, 2))), f(()), f([4, 5]), f("ab"), f(range(3)))
print(r)
t = (1, 2, 3)
it = reversed(t)
print(next(it), it.__length_hint__(), list(it), list(it))
class Shrink:
    def __init__(self): self.n = 3
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
print(list(reversed(Shrink())))
