# fails on purpose: an exception raised inside __repr__ while printing a list
class Broken:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Broken(" + self.nmae + ")"
items = [1, 2]
print(items)
items.append(Broken("x"))
print(items)
