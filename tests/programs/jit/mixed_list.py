# Hot loops over lists of mixed types: ints, floats, big ints, strings, None, objects.
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(other + self.v)
    def __repr__(self):
        return f"V({self.v})"

items = [1, 2.5, 3, 10**20, -4, 0.25, True, False, V(7)] * 300
total = 0
for x in items:
    total = total + x
print(total)

strs = ["a", "b", 3, "c"] * 200
out = []
for s in strs:
    out.append(str(s) * 2)
print(len(out), out[:6])

def count_none(xs):
    n = 0
    for x in xs:
        if x is None:
            n += 1
        elif x:
            n += 2
    return n

print(count_none([None, 0, 1, "", "x", [], [0], None] * 500))
