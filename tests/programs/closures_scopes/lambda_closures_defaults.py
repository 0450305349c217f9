# Lambdas capturing loop variables, default-argument binding, nested lambdas, lambdas in class bodies
callbacks = {}
for name in ["a", "b", "c"]:
    callbacks[name] = lambda: name
print([cb() for cb in callbacks.values()])
callbacks = {name: (lambda n=name: n) for name in ["a", "b", "c"]}
print([cb() for cb in callbacks.values()])
adders = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders])
make = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(make(1)(2)(3), make.__name__, make(1).__qualname__)
class K:
    factor = 3
    scale = lambda self, v: v * self.factor
    static = staticmethod(lambda v: v + 1)
print(K().scale(5), K.static(5), K.scale.__qualname__)
x = 1
f = lambda: x
x = 2
print(f())
def outer():
    y = "enclosed"
    return (lambda: (lambda: y)())()
print(outer())
fs = []
i = 0
while i < 3:
    fs.append(lambda i=i: i * i)
    i += 1
print([g() for g in fs])
