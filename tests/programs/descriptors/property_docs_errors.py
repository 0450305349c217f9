# property: error messages name the owner's qualname; __isabstractmethod__ uses truth testing;
# __set_name__ checks its arguments; a subclass keeps the getter's doc in the instance (and the
# setter/getter copies take it again); a __slots__ subclass cannot.
class Outer:
    class cls:
        foo = property()
        bar = property()
    cls.bar.__set_name__(cls, "bar")

obj = Outer.cls()
for f in (lambda: obj.foo, lambda: setattr(obj, "foo", 1), lambda: delattr(obj, "foo"),
          lambda: obj.bar, lambda: setattr(obj, "bar", 1), lambda: delattr(obj, "bar")):
    try:
        f()
    except AttributeError as e:
        print(e)

for val in (True, False, [], [1], '', '1'):
    class C:
        def foo(self):
            pass
        foo.__isabstractmethod__ = val
        foo = property(foo)
    print(repr(val), C.foo.__isabstractmethod__)
class NotBool:
    def __bool__(self):
        raise ValueError("no truth")
class D:
    def foo(self):
        pass
    foo.__isabstractmethod__ = NotBool()
    foo = property(foo)
try:
    D.foo.__isabstractmethod__
except ValueError as e:
    print("ValueError", e)

p = property()
for i in (0, 1, 3):
    try:
        p.__set_name__(*([0] * i))
    except TypeError as e:
        print(e)

class PropertySub(property):
    """This is a subclass of property"""
class PropertySubSlots(property):
    """This is a subclass of property that defines __slots__"""
    __slots__ = ()

class Foo:
    def __init__(self):
        self._spam = 1
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return self._spam
    @spam.setter
    def spam(self, value):
        """this docstring is ignored"""
        self._spam = value
foo = Foo()
foo.spam = 2
print(foo.spam, Foo.spam.__doc__)
class FooSub(Foo):
    @Foo.spam.setter
    def spam(self, value):
        """another ignored docstring"""
        self._spam = 'eggs'
fs = FooSub()
fs.spam = 7
print(fs.spam, FooSub.spam.__doc__)
print(PropertySub(doc="explicit").__doc__, PropertySub().__doc__, property(lambda s: 1, doc="d").__doc__)

try:
    class Bad:
        @PropertySubSlots
        def spam(self):
            """Trying to copy this docstring will raise an exception"""
            return 1
except AttributeError as e:
    print("AttributeError", type(e).__name__)
print(PropertySubSlots(lambda s: 1, doc="x").__doc__)
try:
    PropertySubSlots(lambda s: 1)
except AttributeError as e:
    print("AttributeError", e)
