# Function attributes: __name__, __qualname__, __module__, __doc__, __defaults__, __dict__, __code__, __annotations__
def outer(a: int, b: "str" = "x", *args: float, c: bool = True, **kw) -> list:
    """Outer doc."""
    def inner():
        return a
    return inner
print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
i = outer(1)
print(i.__name__, i.__qualname__, i.__doc__, i.__defaults__, i.__closure__[0].cell_contents)
outer.custom = 42
print(outer.custom, outer.__dict__, "custom" in dir(outer))
outer.__name__ = "renamed"
outer.__qualname__ = "Q.renamed"
print(outer.__name__, outer.__qualname__)
try:
    outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def defaults(x=1, y=2):
    return x, y
defaults.__defaults__ = (10, 20)
print(defaults())
defaults.__defaults__ = None
try:
    defaults()
except TypeError as e:
    print(type(e).__name__, e)
def kd(*, a=1):
    return a
kd.__kwdefaults__ = {"a": 99}
print(kd())
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_varnames[:5], code.co_nlocals, code.co_filename.endswith("func_attributes.py"))
print(code.co_firstlineno, i.__code__.co_freevars, outer.__code__.co_cellvars)
class K:
    def method(self):
        def nested():
            pass
        return nested
print(K.method.__qualname__, K().method().__qualname__, K.method.__name__)
print(type(outer).__name__, callable(outer), outer.__globals__ is globals(), outer.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
def noann(): pass
print(noann.__annotations__, noann.__doc__, noann.__defaults__, noann.__kwdefaults__, noann.__closure__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__code__.co_name)
