# Membership without __contains__: falls back to __iter__, then __getitem__; identity short-circuits __eq__ in containers
class ViaIter:
    def __iter__(self):
        yield from [1, 2, 3]
class ViaGetitem:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * 2
print(2 in ViaIter(), 4 in ViaIter(), 10 in ViaGetitem(), 11 in ViaGetitem())
class Noisy:
    def __eq__(self, o):
        print("Noisy.__eq__ called")
        return False
    __hash__ = object.__hash__
n = Noisy()
print(n in [n], n in (n,), n in {n}, n in {n: 1}, [n].count(n), [n].index(n))
print(n in [Noisy()])
class Raises:
    def __iter__(self):
        raise ValueError("iteration failed")
try:
    1 in Raises()
except ValueError as e:
    print(type(e).__name__, e)
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
