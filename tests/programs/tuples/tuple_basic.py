# tuples: construction, indexing, slicing, methods, immutability, comparison, hashing
t = (1, "two", 3.0, [4])
print(t, t[1], t[-1], t[1:3], t[::-1], len(t), t.count(1), t.index("two"))
print((), (1,), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({5: 6}))
print(1, (1), (1,), type((1)).__name__, type((1,)).__name__)
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,), (1, "a") < (1, "b"))
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, 2 * ("a",), (1, 2) * 0)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
a, b, c = (1, 2, 3)
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
print(tuple(i * i for i in range(4)), tuple(tuple(p) for p in ["ab", "cd"]))
print((1, (2, (3, (4,)))), ((),), (((1,),),)[0][0][0])
print(repr((1,)), str(("a", 'b"')), (1, 2).__len__(), (5, 6).__getitem__(0), (1, 2).__contains__(2))
print(max((3, 1, 2)), min(("b", "a")), sum((1, 2, 3)), sorted((3, 1, 2)), any(()), all(()))
