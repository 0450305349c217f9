# __index__ used by bin/hex/oct, slicing, range, sequence repetition, operator.index-like uses
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index called")
        return self.v
i = Idx(3)
print(bin(i), hex(Idx(255)), oct(Idx(8)))
print([0, 1, 2, 3, 4][Idx(1)])
print("abcdef"[Idx(1):Idx(4)])
print(list(range(Idx(2))))
print([1, 2] * Idx(2))
print("ab" * Idx(3))
print(int(Idx(9)) if hasattr(int, "__index__") else "")
class BadIdx:
    def __index__(self): return "no"
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = "a"
    [1][k]
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = 1.0
    [1][k]
except TypeError as e:
    print(type(e).__name__, e)
try:
    k = None
    "abc"[k]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print((10).to_bytes(Idx(2), "big"))
print(round(3.14159, Idx(2)))
class Both:
    def __index__(self): return 1
    def __int__(self): return 2
print(int(Both()), [10, 20][Both()])
print(complex(Both()), float(Both()), hasattr(Both, "__float__"))
try:
    print(float(Idx(4)))
except TypeError as e:
    print(type(e).__name__, e)
