# Exceptions raised mid-iteration in for loops, comprehensions and generators leave partial state; StopIteration in __next__ vs generator
class Flaky:
    def __init__(self, fail_at):
        self.i, self.fail_at = 0, fail_at
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise ValueError(f"failed at {self.i}")
        if self.i > 5:
            raise StopIteration
        return self.i
seen = []
try:
    for x in Flaky(3):
        seen.append(x)
except ValueError as e:
    print(e, seen)
try:
    out = [x for x in Flaky(4)]
except ValueError as e:
    print(e, "out" in dir())
print(list(Flaky(100)))
def gen():
    yield 1
    yield 2
    raise KeyError("gen broke")
collected = []
try:
    collected.extend(gen())
except KeyError as e:
    print(repr(e), collected)
try:
    d = dict((k, 1) for k in [1, [2]])
except TypeError as e:
    print(type(e).__name__, e)
total = 0
try:
    for v in [1, 2, "3", 4]:
        total += v
except TypeError as e:
    print(type(e).__name__, e, total)
