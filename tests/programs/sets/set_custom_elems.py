# Sets with user objects: __hash__ and __eq__ calls, subclass of set
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, P) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {P(1, 2), P(1, 2), P(2, 1)}
print(len(pts), P(1, 2) in pts, P(3, 3) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
class MySet(set):
    def add(self, x):
        print("adding", x)
        super().add(x)
m = MySet([1, 2])
m.add(3)
m.update([4])
print(sorted(m), type(m | {1}).__name__, type(m.copy()).__name__, isinstance(m, set))
class Ordered(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self)))
print(list(Ordered({3, 1, 2})), sorted(Ordered({3, 1})))
print({1, 2} == MySet([1, 2]), MySet([1]) <= {1, 2})
print(set.__name__, set().__class__.__name__, {1}.__class__ is set)
dedup = list(dict.fromkeys([3, 1, 3, 2, 1]))
print(dedup)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
