# __enter__/__exit__ details: exit args, return value truthiness, exceptions in enter/exit, looked up on type
class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("exit got", typ.__name__ if typ else None, repr(val), tb is not None)
        return self.ret
with CM(None):
    pass
with CM(1):
    raise ValueError("suppressed by truthy 1")
with CM("yes"):
    raise KeyError("suppressed by truthy str")
try:
    with CM(0):
        raise IndexError("not suppressed")
except IndexError as e:
    print("caught", repr(e))
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit never called")
try:
    with EnterFails():
        print("body never runs")
except RuntimeError as e:
    print("caught", e)
class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with ExitFails():
        raise ValueError("original")
except TypeError as e:
    print("caught", e, "| context:", repr(e.__context__))
class InstanceMethods:
    pass
obj = InstanceMethods()
obj.__enter__ = lambda: None
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except TypeError as e:
    print(type(e).__name__, e)
def gen_like():
    with CM(False) as c:
        return "returned through with"
print(gen_like())
class Reuse:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, *a):
        print("exit")
r = Reuse()
with r as v1, r as v2:
    print(v1, v2)
