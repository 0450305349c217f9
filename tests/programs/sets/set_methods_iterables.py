# Set methods accept arbitrary iterables (operators do not); multiple arguments; results and mutations
s = {1, 2, 3}
print(s.union(), s.union([4], (5,), range(6, 8)), s.intersection([2, 3, 9], {3, 2}), s.difference(), s.difference([1], [2]))
print(s.symmetric_difference([3, 4]), s.isdisjoint(iter([7, 8])), s.issubset([1, 2, 3, 4]))
t = set(s)
t.update([10], range(3))
print(t)
t.intersection_update([1, 10, 99], range(20))
print(t)
t.difference_update([1], [2])
print(t)
t.symmetric_difference_update([10, 11])
print(t)
u = {1}
u.update()
u.intersection_update()
print(u)
for op in ["|", "&", "-", "^"]:
    try:
        eval("{1, 2} " + op + " [2]")
    except TypeError as e:
        print(op, type(e).__name__, e)
print(set("hello") == set("olleh"), len(set("mississippi")), sorted(set("mississippi")))
print(set([1, 2]).copy() == {1, 2}, set.union({1}, {2}), set.intersection(*[{1, 2}, {2, 3}, {2, 4}]))
