# Class body executes top to bottom at definition time; decorators and base expressions evaluated in order
log = []
def note(x):
    log.append(x)
    return x
def deco(cls):
    log.append("decorate " + cls.__name__)
    return cls
class Base:
    pass
@deco
class A(note(Base)):
    note("body start")
    x = note(1)
    def m(self):
        note("method called")
    note("body end")
print(log)
log.clear()
A().m()
print(log)
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
    squares = [j * j for j in range(4)]
    if n > 2:
        big = True
    else:
        small = True
print(Counter.n, Counter.squares, hasattr(Counter, "big"), hasattr(Counter, "small"), hasattr(Counter, "i"))
class WithExcept:
    try:
        raise ValueError("in class body")
    except ValueError as e:
        msg = str(e)
print(WithExcept.msg, hasattr(WithExcept, "e"))
def factory(n):
    class Made:
        size = n
        def get(self):
            return self.size * 2
    return Made
print(factory(3)().get(), factory(5).size)
