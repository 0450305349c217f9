# Descriptor lookup on the type (metaclass) vs instance; class attribute access through descriptors
class Meta(type):
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__
    def meta_method(cls):
        return "meta method of " + cls.__name__
class A(metaclass=Meta):
    @property
    def inst_prop(self):
        return "instance property"
print(A.meta_prop, A.meta_method(), A().inst_prop)
try:
    A().meta_prop
except AttributeError as e:
    print(type(e).__name__, e)
print(type(A.inst_prop).__name__)
class Rev:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
class M2(type):
    attr = Rev()
class B(metaclass=M2):
    pass
print(B.attr)
class C(metaclass=M2):
    attr = "class own attr"
print(C.attr)
class DataD:
    def __get__(self, obj, owner):
        return "meta data descriptor"
    def __set__(self, obj, v):
        raise AttributeError("read only")
class M3(type):
    attr = DataD()
class D(metaclass=M3):
    attr = "shadowed by meta data descriptor"
print(D.attr, D.__dict__["attr"])
try:
    D.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
