# __class__ cell: zero-argument super() and explicit __class__ in methods
class Base:
    def who(self):
        return "Base"
    def cls(self):
        return __class__.__name__
class Child(Base):
    def who(self):
        return "Child>" + super().who()
    def cls(self):
        return __class__.__name__ + "/" + super().cls()
class Grand(Child):
    def who(self):
        return "Grand>" + super().who()
g = Grand()
print(g.who(), g.cls(), Child.cls.__code__.co_freevars)
class A:
    def method(self):
        def inner():
            return __class__
        return inner()
print(A().method().__name__)
class B:
    def f(self):
        return super()
print(type(B().f()).__name__)
def outside():
    try:
        super()
    except RuntimeError as e:
        return type(e).__name__ + ": " + str(e)
print(outside())
class C:
    @staticmethod
    def s():
        try:
            super()
        except RuntimeError as e:
            return type(e).__name__ + ": " + str(e)
print(C.s())
class D(Base):
    def who(self):
        return (lambda: super().who())()
try:
    print(D().who())
except RuntimeError as e:
    print(type(e).__name__, e)
class D2(Base):
    def who(self):
        return (lambda self=self: super(D2, self).who())()
print(D2().who())
class E(Base):
    def who(self):
        return [super().who() for _ in range(2)]
try:
    print(E().who())
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def get_class_name(self):
        return __class__.__qualname__
class G(F):
    pass
print(G().get_class_name())
