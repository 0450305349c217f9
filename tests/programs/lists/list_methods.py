# list methods: append, extend, insert, remove, pop, index, count, clear, copy, reverse
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "beforelast")
a.insert(-100, "veryfirst")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.count(1), a.index(4, 1), a.index(1, -5))
for bad in [lambda: a.remove(99), lambda: a.index(99), lambda: [].pop(), lambda: [1].pop(5), lambda: a.index(3, 5, 6)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
b = a.copy()
b.reverse()
print(b, a is b, a == b[::-1])
b.clear()
print(b, len(b))
try:
    a.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2]
c.extend(c)
print(c)
c += c
print(c)
c *= 2
print(len(c), c[:4])
d = [[]] * 3
d[0].append(1)
print(d)
print([1, 2, 3] + [4], [0] * 3, [1, 2] * 0, [] * 5)
print(list.__name__, [].__class__.__name__, list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)))
