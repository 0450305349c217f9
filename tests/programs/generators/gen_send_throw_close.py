# send(), throw(), close(): semantics, GeneratorExit, errors on unstarted generators
def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("caught in gen:", e)
            total = 0
            continue
        if v is None:
            break
        total += v
    return total
a = acc()
print(next(a), a.send(5), a.send(10))
print(a.throw(ValueError("reset")))
print(a.send(3))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)
b = acc()
try:
    b.send(1)
except TypeError as e:
    print(type(e).__name__, e)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in gen")
c = closer()
next(c)
c.close()
c.close()
print("closed twice ok")
try:
    next(c)
except StopIteration:
    print("exhausted after close")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
d = bad_close()
next(d)
try:
    d.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("unstarted"))
except KeyError as e:
    print("unstarted throw propagates", repr(e))
try:
    next(t)
except StopIteration:
    print("generator dead after throw")
def catch_all():
    while True:
        try:
            yield
        except Exception as e:
            print("swallowed", type(e).__name__)
ca = catch_all()
next(ca)
ca.throw(IndexError)
ca.throw(TypeError, TypeError("x"))
ca.close()
u = closer()
u.close()
print("close on unstarted: no output above")
def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        return "value ignored"
r = ret_in_close()
next(r)
print(r.close())
