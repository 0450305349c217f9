# __new__ and __init__ rules: when __init__ runs, argument checking by object, singletons
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("A.__init__", args)
A(1, 2)
class B:
    def __new__(cls):
        print("B.__new__ returns int")
        return 42
    def __init__(self):
        print("never")
print(B())
class Other:
    def __init__(self):
        print("Other.__init__ not called via C")
class C:
    def __new__(cls):
        return Other.__new__(Other)
print(type(C()).__name__)
class D:
    pass
try:
    D(1)
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __init__(self):
        pass
try:
    E(1)
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __new__(cls, x):
        return super().__new__(cls)
try:
    F(1)
    print("F ok: object.__init__ ignores extra args when __new__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def __init__(self, x):
        self.x = x
try:
    object.__new__(G, 1)
    print("object.__new__ ignores args when __init__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Sub(Singleton):
    pass
print(Sub() is Singleton(), type(Sub()).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object.__new__(G)).__name__, hasattr(object.__new__(G), "x"))
