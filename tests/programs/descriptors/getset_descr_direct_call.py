# Calling a getset descriptor directly checks the object type (inspect.getattr_static relies on it).
import inspect
class Thing:
    x = object()
    __slots__ = ()
class D:
    y = 2
print(inspect.getattr_static(Thing(), 'x') is Thing.x, inspect.getattr_static(D(), 'y'))
for call in (lambda: type.__dict__['__mro__'].__get__(Thing()), lambda: type.__dict__['__name__'].__set__(3, 'x'),
             lambda: type.__dict__['__name__'].__delete__(3)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(type.__dict__['__mro__'].__get__(D), type.__dict__['__mro__'].__get__(None, type) is type.__dict__['__mro__'])
print(inspect.getmembers_static(D)[-1])
