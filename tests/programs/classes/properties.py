# property: getter/setter/deleter, decorators and property() call, docs, errors
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)
class P:
    def _get(self): return "got"
    def _set(self, v): print("set", v)
    x = property(_get, _set, None, "x doc")
    y = property()
    z = property(doc="only doc")
p = P()
print(p.x, P.x.__doc__, P.z.__doc__)
p.x = 5
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel)
prop = property(lambda self: 1)
prop2 = prop.setter(lambda self, v: None)
print(prop is prop2, prop2.fget is prop.fget)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "child:" + str(self._c)
c = Child()
c.celsius = 5
print(c.celsius)
class Inst:
    def __init__(self):
        self.__dict__["v"] = "instance dict"
    v = property(lambda self: "property wins")
print(Inst().v)
