# fails on purpose: an exception raised in __init__ of objects built inside a list comprehension
class Item:
    def __init__(self, spec):
        name, qty = spec.split(":")
        self.name, self.qty = name, int(qty)
specs = ["a:1", "b:2", "c:x"]
items = [Item(s) for s in specs[:2]]
print([i.qty for i in items])
items = [Item(s) for s in specs]
