# min/max with key/default, ties (first wins), sum with start, all/any short-circuit
print(max(3, 1, 2), min([4, 2, 8]), max("apple", "pear", key=len), min("apple", "fig", "kiwi", key=len))
print(max([], default="empty"), min((), default=None), max([1], default=0), max(iter([5, 9, 2])))
print(max([(1, "b"), (1, "a")]), max([1, 3, 3.0, 2], key=lambda x: x), min([3.0, 3, 1.0, 1]))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), max("hello"), min(b"hello"))
for bad in [lambda: max(), lambda: max([]), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]), lambda: max([1], key=5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(5), 10), sum([True, True]))
print(sum([0.1] * 10), sum([1e100, 1, -1e100]), sum([1, 2.5, 3j]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([], start=5), sum(x * x for x in range(4)))
seen = []
def check(v):
    seen.append(v)
    return v
print(all(check(v) for v in [1, 1, 0, 1]), seen)
seen.clear()
print(any(check(v) for v in [0, 0, 2, 0]), seen)
print(all([]), any([]), all([[]]), any([[0]]), all("abc"), any(""))
print(max(2, 2.0), max(2.0, 2), min(0, False), min(False, 0), max([[], [0]]))
