# generator/coroutine throw(): argument checking (a traceback that is not one is a TypeError, checked first)
def gen():
    yield 1
    yield 2

def attempt(*args):
    g = gen()
    next(g)
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, e, type(e.__traceback__).__name__)

attempt(Exception, Exception("elephant"), 32)
attempt(Exception("elephant"), Exception("elephant"))
attempt(ValueError, None, None)
attempt(list)
attempt(ValueError, "msg")
attempt(ValueError, ("a", "b"))
attempt(KeyError("k"), None)
attempt(ValueError("v"), None, None)
attempt(TypeError, TypeError("t"), None)
g = gen(); next(g)
try:
    g.throw(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw()
except TypeError as e:
    print(type(e).__name__, e)
# tb given: must be a traceback
try:
    raise OSError("x")
except OSError as e:
    tb = e.__traceback__
attempt(RuntimeError, RuntimeError("r"), tb)
async def co():
    pass
c = co()
try:
    c.throw(ValueError, ValueError(), "notatb")
except TypeError as e:
    print(type(e).__name__, e)
c.close()
g = gen(); next(g)
try:
    g.throw(ValueError, None, None, None)
except TypeError as e:
    print(type(e).__name__, e)
# a generator can go on after a rejected throw()
print(next(g))
