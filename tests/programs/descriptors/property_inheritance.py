# Properties in subclasses: overriding getter only, extending setter via super, property on class access, deleting
class Base:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        print("Base setter", v)
        self._x = v
class OverrideGetter(Base):
    @property
    def x(self):
        return "child sees " + str(self._x)
o = OverrideGetter()
try:
    o.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
class ExtendSetter(Base):
    @Base.x.setter
    def x(self, v):
        print("ExtendSetter setter", v)
        Base.x.fset(self, v * 10)
e = ExtendSetter()
e.x = 2
print(e.x, type(ExtendSetter.__dict__["x"]).__name__, ExtendSetter.x.fget is Base.x.fget)
print(isinstance(Base.x, property), Base.x.__get__(None, Base) is Base.x, Base.x.__get__(e))
class SubProp(property):
    def __get__(self, obj, t=None):
        v = super().__get__(obj, t)
        return v if obj is None else ("wrapped", v)
class UsesSub:
    @SubProp
    def val(self):
        return 42
print(UsesSub().val, type(UsesSub.val).__name__)
class Computed:
    def __init__(self):
        self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        return self.calls
c = Computed()
print(c.expensive, c.expensive, c.calls)
