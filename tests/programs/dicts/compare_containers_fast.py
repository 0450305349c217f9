# Comparisons of exact floats and dicts nested in containers (the object layer's direct paths
# for them), against subclasses that override the comparison.
vals = [float("inf"), float("-inf"), float("nan"), 0.0, -0.0, 1.5, 2.5]
for a in vals:
    row = []
    for b in vals:
        row.append("".join("1" if r else "0" for r in (
            [a] < [b], [a] <= [b], [a] == [b], [a] != [b], [a] > [b], [a] >= [b],
            (a,) < (b,), {1: a} == {1: b}, {1: a} != {1: b})))
    print(a, " ".join(row))

nan = float("nan")
print([nan] == [nan], {1: nan} == {1: nan}, {"k": [1.0, {"x": 2.0}]} == {"k": [1, {"x": 2}]})
print({1: 2} == {1: 2.0}, {1: 2} == {2: 1}, {} == {}, {1: 2} != {1: 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print([{"a": 1}] < [{"a": 1}, 2], [{"a": 1}] == [{"a": 1.0}])
try:
    [{"a": 1}] < [{"a": 2}]
except TypeError as e:
    print("TypeError:", e)


class Loud(dict):
    def __eq__(self, other):
        return "loud-eq"

    def __ne__(self, other):
        return "loud-ne"


print(Loud() == {}, {} == Loud(), Loud() != {}, {} != Loud(), [Loud()] == [{}])


class F(float):
    def __lt__(self, other):
        return "F.lt"

    def __eq__(self, other):
        return True


print(F(1.0) < 2.0, [F(1.0)] == [2.0], [2.0] == [F(1.0)], {1: F(0.5)} == {1: 9.0})


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq called", self.n, other.n)
        return self.n == other.n


print({Key(1): "a"} == {Key(1): "a"})
big = [{"id": i, "v": i / 8.0, "tags": ["t%d" % (i % 3)]} for i in range(200)]
copy = [{"tags": list(d["tags"]), "v": d["v"], "id": d["id"]} for d in big]
print(big == copy, big != copy)
copy[150]["v"] += 1e-9
print(big == copy, big != copy, big[:150] == copy[:150])
