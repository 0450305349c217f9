# super(): zero-arg and two-arg forms, cooperative __init__ with kwargs, super on classmethods, attributes
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.base = True
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return "made " + cls.__name__
class A(Base):
    def __init__(self, a=None, **kw):
        print("A.__init__", a)
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=None, **kw):
        print("B.__init__", b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print("C.__init__")
        super().__init__(**kw)
    def greet(self):
        return "C>" + super().greet() + ">" + super(A, self).greet()
    @classmethod
    def make(cls):
        return "C:" + super().make()
c = C(a=1, b=2, extra=3)
print(c.base, c.greet(), C.make())
print(super(C, c).greet(), super(B, c).greet())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is c)
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(super(C, C).make())
class Prop(Base):
    @property
    def p(self):
        return "Prop.p"
class PropChild(Prop):
    @property
    def p(self):
        return "child+" + super().p
print(PropChild().p)
class Setter(Base):
    def __setattr__(self, k, v):
        print("Setter.__setattr__", k)
        super().__setattr__(k, v)
st = Setter()
print(st.base)
try:
    super(C, c).nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
unbound = super(C)
print(type(unbound).__name__, unbound.__self__)
