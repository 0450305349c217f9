# fails on purpose: carets under one call in a chained method expression
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "".join(self.parts)
print(Builder().add("a").add("b").build())
result = Builder().add("a").add(None).build().upper()
