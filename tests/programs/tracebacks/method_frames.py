# fails on purpose: traceback through __init__, a property and a method
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3.14 * self.r ** 2
    def describe(self):
        return "area=" + self.area
c = Circle(2)
print(c.area)
print(c.describe())
