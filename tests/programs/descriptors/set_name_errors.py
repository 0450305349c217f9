# __set_name__ timing and errors; descriptors added after class creation do not get __set_name__
class Named:
    def __set_name__(self, owner, name):
        print("set_name called:", owner.__name__, name)
        self.name = name
class A:
    first = Named()
    second = Named()
    print("class body done")
print(A.first.name, A.second.name)
late = Named()
A.third = late
print(hasattr(late, "name"))
class Same:
    shared = Named()
    alias = shared
print(Same.shared.name)
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class B:
        attr = Boom()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
    print(getattr(e, "__notes__", None))
D = type("D", (), {"dyn": Named()})
print(D.dyn.name)
class NotCallable:
    __set_name__ = None
try:
    class E:
        x = NotCallable()
except Exception as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
