# list equality/ordering, containment with __eq__, nested lists, repr recursion
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1.0] == [1], [float("nan")] == [float("nan")])
nan = float("nan")
x = [nan]
print(x == x, nan in x, x.count(nan), x.index(nan))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("eq called", self.v)
        return self.v == other
e = Eq(5)
print(5 in [1, e], [e].count(5), [1, e].index(5))
r = [1, 2]
r.append(r)
print(r, str(r), len(r))
d = {"k": []}
d["k"].append(d)
print(d)
print([1, 2, 3].__contains__(2), [1, 2].__len__(), [1, 2].__getitem__(-1), [3, 4].__reversed__().__next__())
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1], sum([[1], [2]], []))
print(max([[1, 2], [1, 3]]), min([[2], [1, 5]]), sorted([[3], [1, 2], [1]]))
try:
    [1] < [None]
except TypeError as e2:
    print(type(e2).__name__, e2)
print([1] < [2, None], [None] == [None])
lst = [0] * 5
for i in range(5):
    lst[i] = i * i
print(lst, lst[-1], lst[len(lst) // 2])
try:
    lst[5] = 1
except IndexError as e3:
    print(type(e3).__name__, e3)
try:
    lst[-6]
except IndexError as e3:
    print(type(e3).__name__, e3)
try:
    hash([])
except TypeError as e3:
    print(type(e3).__name__, e3)
print([*range(3), *"ab"], [i for i in range(3)] * 2)
