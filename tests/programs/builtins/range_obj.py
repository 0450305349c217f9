# range objects: len, indexing, slicing, containment, equality, repr, reversed, big values, errors
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], list(r[::-2]), r[10:], r[-100:100])
print(5 in r, 6 in r, 20 in r, 2.0 in r, "x" in r, r.index(8), r.count(8), r.count(9))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)), list(range(10, 0, -2)), list(range(-5)), list(range(0, -5, -1)))
print(range(0, 10 ** 20, 3)[-1], range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 30)[10 ** 29])
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("a"), lambda: r[100], lambda: r.index(9), lambda: range(1, 2, 3, 4)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), str(range(0, -1, -1)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(bool(range(0)), bool(range(1)), range(5)[True], type(iter(range(3))).__name__)
try:
    len(range(2 ** 63 + 5))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2 ** 63 + 5)[-1], range(-3, 3)[3])
