# list() from many iterables; list multiplication edge cases; list equality with subclasses; list.__init__ reuse
print(list(), list([]), list("abc"), list((1, 2)), list({3: 4}), list({5}), list(range(3)), list(b"hi"), list(x for x in "ab"))
print(list({"b": 1, "a": 2}.items()), list(map(abs, [-1, -2])), list(zip([1], [2])), list(enumerate("x")))
print([0] * 0, [0] * -3, [[]] * 2, [1, 2] * 3)
try:
    [1] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
l = [1, 2, 3]
l.__init__([9])
print(l)
l.__init__()
print(l)
class L(list):
    pass
print(L([1, 2]) == [1, 2], [1, 2] == L([1, 2]), type(L([1]) + L([2])).__name__, L("ab"))
print(list.__new__(list) == [], isinstance([], list), list.__mro__)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
print([*"abc"] == list("abc"), list(reversed(list(range(3)))), list(iter([1, 2]).__iter__()))
