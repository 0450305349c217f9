# list.sort and sorted: stability, key, reverse, errors, mixed types, sort during mutation
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Date", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -2, 3.5, 0, -7, 2]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1, 2), reverse=True), sorted([]), sorted(range(5), key=lambda x: -x))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"R({self.v})"
print(sorted([R(3), R(1), R(2)]), max([R(3), R(1)], key=lambda r: r.v))
lst = [3, 2, 1]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(lst)
stable = sorted([(i % 3, i) for i in range(12)], key=lambda t: t[0])
print(stable)
big = list(range(100, 0, -1))
big.sort(key=lambda x: x % 10)
print(big[:15])
print(sorted([True, False, 0, 1, -1]), sorted([[2], [1, 2], [1]]))
print(sorted([1.5, float("inf"), -float("inf"), 0]))
