# set operations on small ints (iteration order must match CPython)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([1, 9]))
print(a <= b, a < a, a <= a, {1} < a, a > {1, 2}, a >= a, a == {4, 3, 2, 1}, a.issubset(range(10)), a.issuperset([1]))
print(a.isdisjoint(b), a.isdisjoint({9}), set(), set("aaa"), set([3, 1, 2]), {0, False, 0.0})
s = set()
s.add(5); s.add(5); s.add(1)
print(s, len(s))
s.update([10, 20], {30})
print(s)
s.discard(99)
s.discard(10)
s.remove(20)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3}
c |= {4}; print(c)
c &= {1, 2, 4, 8}; print(c)
c -= {1}; print(c)
c ^= {2, 9}; print(c)
c.intersection_update([4, 9, 11]); print(c)
c.difference_update([9]); print(c)
c.symmetric_difference_update([4, 5]); print(c)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2}.copy(), {1}.__contains__(1), len({x % 3 for x in range(10)}))
c.clear()
print(c, bool(c), repr(set()))
