# Realistic descriptor use: typed, validated fields with __set_name__ and class-level access
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.public}:{self.kind.__name__}>"
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.public} must be positive")
class Item:
    name = Typed(str, "unnamed")
    price = Positive(float, 0.0)
    qty = Positive(int, 1)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty
it = Item("widget", 2.5, 4)
print(it.name, it.price, it.qty, it.total(), Item.name, Item.price)
for args in [("x", 1, 1), ("x", -1.0, 1), (5, 1.0, 1), ("x", 1.0, 0)]:
    try:
        Item(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(vars(it)))
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        print("computing", self.name)
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)
