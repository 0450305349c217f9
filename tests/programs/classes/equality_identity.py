# Default equality is identity; __eq__ drives != in 3.x; __ne__ override; comparisons to other types
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, a == 1, a != "x")
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Val):
            return NotImplemented
        return self.v == other.v
print(Val(1) == Val(1), Val(1) != Val(1), Val(1) != Val(2), Val(1) == 1, 1 == Val(1), Val(1) != 1)
print(Val.__hash__)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, Weird() != 1, [Weird()] == [1], Weird() in [1])
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n == n, n in [n], [n] == [n], n in {1: n}.values(), [n].count(n), [n].index(n))
print(object() == object(), object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b))
print(Plain.__eq__ is object.__eq__, Val.__ne__ is object.__ne__)
