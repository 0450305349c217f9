# map (multiple iterables, laziness), filter (None and predicates), reversed on sequences and objects
print(list(map(str.upper, "abc")), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(int, ["1", "2"])), list(map(len, [[], [1], "ab"])))
m = map(lambda x: print("mapping", x) or x, [1, 2])
print("map created, nothing printed yet")
print(next(m))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
print(type(map(len, [])).__name__, type(filter(None, [])).__name__)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed(range(0, 10, 3))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.clear()
print(list(rv2))
print(list(map(lambda *a: a, [1, 2], [3])))
