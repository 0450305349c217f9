# Instance dict vs class attribute vs __getattr__, class attribute mutation visibility, __dict__ assignment
class K:
    shared = []
    value = "class"
    def __getattr__(self, name):
        return f"getattr:{name}"
a, b = K(), K()
a.shared.append(1)
print(b.shared, K.shared)
a.value = "instance"
print(a.value, b.value, a.missing)
del a.value
print(a.value)
a.__dict__ = {"value": "replaced dict", "x": 1}
print(a.value, a.x, vars(a))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
K.value = "changed on class"
print(b.value, a.value)
class NoGetattr:
    pass
n = NoGetattr()
n.__dict__["direct"] = 42
print(n.direct, hasattr(n, "direct"))
class Prop:
    @property
    def p(self):
        return "property"
pr = Prop()
pr.__dict__["p"] = "dict value ignored for data descriptor"
print(pr.p)
print(type(K.__dict__["shared"]).__name__, "value" in K.__dict__)
