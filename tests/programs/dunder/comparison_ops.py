# Rich comparisons: reflection (swapped operators), NotImplemented, subclass priority, TypeError messages
class L:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"L({self.n}).__lt__")
        return NotImplemented if not isinstance(o, L) else self.n < o.n
    def __gt__(self, o):
        print(f"L({self.n}).__gt__")
        return NotImplemented if not isinstance(o, L) else self.n > o.n
    def __eq__(self, o):
        print(f"L({self.n}).__eq__")
        return NotImplemented
print(L(1) < L(2))
print(L(1) > L(2))
try:
    L(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 < L(1)
except TypeError as e:
    print(type(e).__name__, e)
print(L(1) == L(1))
x = L(3)
print(x == x, x != x)
class Sub(L):
    def __gt__(self, o):
        print("Sub.__gt__")
        return True
print(L(1) < Sub(0))
class Le:
    def __le__(self, o):
        return "Le.__le__"
    def __ge__(self, o):
        return "Le.__ge__"
print(Le() <= 1, 1 >= Le(), 1 <= Le())
try:
    Le() < Le()
except TypeError as e:
    print(type(e).__name__, e)
class Total:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"T{self.v}"
items = [Total(3), Total(1), Total(2)]
print(sorted(items), max(items), min(items))
try:
    Total(1) <= Total(2)
except TypeError as e:
    print(type(e).__name__, e)
print(Total(2) > Total(1))
