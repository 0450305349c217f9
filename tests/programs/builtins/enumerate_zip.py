# enumerate and zip including strict mode, start values, laziness and error messages
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(iter("xy"))
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(list(enumerate(range(3), 2 ** 70)))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", [1, 2], (True, False))))
print(list(zip("ab", [1, 2], strict=True)))
for args in [("abc", [1, 2]), ("ab", [1, 2, 3]), ("a", "b", "cd"), ("ab", "a", "ab")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as err:
        print(type(err).__name__, err)
z = zip(range(3), "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as err:
    print(type(err).__name__, err)
pulled = []
def tracked(name, n):
    for i in range(n):
        pulled.append(f"{name}{i}")
        yield i
print(list(zip(tracked("a", 3), tracked("b", 1))), pulled)
try:
    enumerate("a", "b")
except TypeError as err:
    print(type(err).__name__, err)
try:
    zip([1], 5)
except TypeError as err:
    print(type(err).__name__, err)
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("abc", range(3))), list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(type(zip()).__name__, iter(z) is z)
