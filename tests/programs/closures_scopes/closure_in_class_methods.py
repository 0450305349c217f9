# Closures created inside methods capture self and locals; class-level lambdas; closures outliving instances
class Counter:
    def __init__(self):
        self.count = 0
    def make_incrementer(self, step):
        def inc():
            self.count += step
            return self.count
        return inc
    double = lambda self: self.count * 2
c = Counter()
by2 = c.make_incrementer(2)
by5 = c.make_incrementer(5)
print(by2(), by5(), by2(), c.count, c.double())
print(by2.__closure__[0].cell_contents is c or by2.__closure__[1].cell_contents is c)
def make_class(tag):
    class Tagged:
        def get(self):
            return tag
    return Tagged
T1, T2 = make_class("one"), make_class("two")
print(T1().get(), T2().get(), T1 is T2, T1.__qualname__)
def accumulators():
    fns = {}
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        total = 0
    fns["add"], fns["reset"] = add, reset
    return fns
acc = accumulators()
print(acc["add"](5), acc["add"](5))
acc["reset"]()
print(acc["add"](1))
