# frozenset: immutability, hashing, mixing with set (result type), as dict key
f = frozenset([3, 1, 2])
g = frozenset([2, 3, 4])
print(f, f | g, f & g, f - g, f ^ g, type(f | g).__name__)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.union([1])).__name__, type(set(f).union(g)).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset([1, 2, 3])), f in {f: 1}, {f: "v"}[frozenset({1, 2, 3})])
print(hash(frozenset()), frozenset() == set(), frozenset(), frozenset("a"))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {f, frozenset([1])}
print(len(s), frozenset([1]) in s)
print({1, 2} in [{2, 1}], {frozenset({1})}, set([frozenset([1, 2])]))
ss = {1, 2}
print(frozenset([1, 2]) == ss, ss.__contains__(frozenset()))
t = set([1, 2])
print(t in {frozenset([1, 2])}, t in [frozenset([1, 2])])
try:
    print({2, 1} in {frozenset([1, 2]): 0})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {t}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset(f) is f, f.copy() is f)
class MyFS(frozenset):
    pass
m = MyFS([1, 2])
print(m, type(m | {3}).__name__, m == {1, 2}, type(m.copy()).__name__)
