# __matmul__/__rmatmul__, __divmod__/__rdivmod__, three-argument pow calling __pow__ with mod, __round__ with ndigits
class Vec:
    def __init__(self, *xs): self.xs = xs
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.xs, o.xs))
    def __rmatmul__(self, o):
        return ("rmatmul", o)
    def __imatmul__(self, o):
        self.xs = tuple(a * b for a, b in zip(self.xs, o.xs))
        return self
    def __repr__(self): return f"Vec{self.xs}"
v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6), [1] @ v)
v @= Vec(2, 2, 2)
print(v)
class Money:
    def __init__(self, cents): self.cents = cents
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b, mod=None):
        return ("rpow", b, mod)
    def __round__(self, nd=None):
        return ("round", nd)
    def __repr__(self): return f"Money({self.cents})"
print(divmod(Money(1007), 4), divmod(5, Money(1)), Money(1) ** 2, pow(Money(1), 2, 7), 2 ** Money(1))
print(round(Money(1)), round(Money(1), 2), round(Money(1), None))
try:
    pow(2, Money(1), 5)
except TypeError as e:
    print(type(e).__name__, e)
