# __length_hint__ is consulted by list() preallocation but never changes results; errors from it propagate
class Hinted:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        print("length_hint called")
        return 100
print(list(Hinted(3)))
class BadHint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return -1
try:
    print(list(BadHint()))
except ValueError as e:
    print(type(e).__name__, e)
class HintNotInt:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return "x"
try:
    print(list(HintNotInt()))
except TypeError as e:
    print(type(e).__name__, e)
class HintNI:
    def __iter__(self):
        return iter([7, 8])
    def __length_hint__(self):
        return NotImplemented
print(list(HintNI()))
class LenAndHint:
    def __iter__(self):
        return iter("ab")
    def __len__(self):
        print("__len__ preferred")
        return 2
    def __length_hint__(self):
        print("hint not used")
        return 5
print(list(LenAndHint()))
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), reversed([1, 2]).__length_hint__())
