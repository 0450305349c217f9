# __del__ timing under CPython's reference counting (finalizer runs as soon as the last reference goes away,
# and at interpreter exit for objects still alive). The issue calls __del__ 'best-effort': this program pins
# down CPython's exact timing.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
r = Res("a")
del r
print("after del a")
def scope():
    x = Res("b")
    print("in scope")
scope()
print("after scope")
r2 = Res("c")
r2 = Res("d")
print("after rebinding")
lst = [Res("e")]
lst.clear()
print("after clear")
class Raiser:
    def __del__(self):
        raise ValueError("ignored in __del__")
print("end of program")
