# Builtin functions and methods as objects: names, qualnames, binding, self
print(len.__name__, len.__qualname__, type(len).__name__, len.__self__ is __builtins__)
m = [1, 2].append
print(m.__name__, m.__qualname__, type(m).__name__, m.__self__)
print(str.upper.__name__, str.upper.__qualname__, type(str.upper).__name__)
print(dict.fromkeys.__name__, type(dict.__dict__["fromkeys"]).__name__)
print(list.append(l := [], 5), l, str.join(",", "ab"))
up = "abc".upper
print(up(), callable(up), callable(5), callable(str), callable(lambda: 0))
print(int.__add__.__name__, type(int.__add__).__name__, type((1).__add__).__name__)
f = sorted
print(f([3, 1]), (sorted is f))
print(type(object.__init__).__name__, type(object().__init__).__name__, type(object.__new__).__name__)
print(abs.__doc__.splitlines()[0])
print(max.__module__ if hasattr(max, "__module__") else "", len.__module__)
class A:
    def meth(self):
        return self
a = A()
bm = a.meth
print(bm.__func__ is A.meth, bm.__self__ is a, bm() is a, bm.__name__, bm.__qualname__)
print(A.meth.__get__(a)() is a, A.__dict__["meth"] is A.meth)
print(bm == a.meth, bm is a.meth, hash(bm) == hash(a.meth))
