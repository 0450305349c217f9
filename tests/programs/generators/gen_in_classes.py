# Generator methods, __iter__ implemented as a generator, generator properties, and generators capturing self
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), list(t.depth_first()), sum(t), max(t))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
c = Countdown(4)
print(list(c), list(reversed(c)), [x * y for x in c for y in c if x == y], 3 in c)
c.n = 2
print(list(c))
it = iter(c)
c.n = 10
print(list(it))
class Lines:
    def __init__(self, text):
        self.text = text
    @property
    def words(self):
        return (w for line in self.text.splitlines() for w in line.split())
print(list(Lines("a b\nc d e\n\nf").words))
