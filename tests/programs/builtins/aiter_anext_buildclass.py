# aiter/anext builtins, __build_class__, __import__ of builtin module, object(), and a few rarely used builtins
class Src:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
async def main():
    it = aiter(Src())
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stop"
    return a, b, c, d
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
try:
    aiter([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext([1])
except TypeError as e:
    print(type(e).__name__, e)
def body():
    pass
B = __build_class__(body, "B")
print(B.__name__, B.__qualname__, B.__mro__, B.__module__)
try:
    __build_class__(5, "X")
except TypeError as e:
    print(type(e).__name__, e)
Sub = __build_class__(lambda: None, "Sub", B)
print(Sub.__mro__[1].__name__)
sys_mod = __import__("sys")
print(sys_mod.maxsize > 0, type(sys_mod).__name__, sys_mod.__name__)
print(type(__builtins__).__name__, __builtins__.len is len, __builtins__.__name__)
builtins = __import__("builtins")
print(builtins is __builtins__, builtins.abs(-4), hasattr(builtins, "open"), hasattr(builtins, "__build_class__"))
builtins.my_global_builtin = "visible everywhere"
print(my_global_builtin)
del builtins.my_global_builtin
