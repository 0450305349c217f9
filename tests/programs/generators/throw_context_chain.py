# An exception thrown into a generator (or coroutine) that is handling one gets it as __context__,
# also when it comes out of a `yield from`/`await` sub-iterator or already has a traceback.
class Fut:
    def __await__(self):
        yield self
async def co(f):
    try:
        raise KeyError(5)
    except Exception:
        try:
            await f
        except Exception as exc:
            print('co', type(exc).__name__, repr(exc.__context__))
c = co(Fut()); c.send(None)
try: c.throw(ValueError('t'))
except StopIteration: pass
def gen():
    try:
        raise KeyError(6)
    except Exception:
        try:
            yield 1
        except Exception as exc:
            print('gen', type(exc).__name__, repr(exc.__context__))
g = gen(); next(g)
try: g.throw(ValueError('u'))
except StopIteration: pass
def inner():
    yield 1
def gen2():
    try:
        raise KeyError(7)
    except Exception:
        try:
            yield from inner()
        except Exception as exc:
            print('gen2', type(exc).__name__, repr(exc.__context__))
g = gen2(); next(g)
try: g.throw(ValueError('v'))
except StopIteration: pass
# The thrown exception already has a context: it is kept.
g = gen(); next(g)
e = ValueError('w'); e.__context__ = OSError('mine')
try: g.throw(e)
except StopIteration: pass


def mk(cls, *a):
    try:
        raise cls(*a)
    except BaseException as e:
        return e
def handling():
    try:
        raise KeyError('h')
    except KeyError:
        try:
            yield 1
        except Exception as exc:
            print('handling', type(exc).__name__, repr(exc.__context__))
def plain():
    try:
        yield 1
    except Exception as exc:
        print('plain', type(exc).__name__, repr(exc.__context__))
# Thrown exception with a traceback already.
g = handling(); next(g)
try: g.throw(mk(ValueError, 1))
except StopIteration: pass
# A generator not handling anything, thrown into from a caller that handles one.
g = plain(); next(g)
try:
    raise OSError('caller')
except OSError:
    try: g.throw(mk(ValueError, 2))
    except StopIteration: pass
# Not caught inside: propagates to the caller.
def passthru():
    try:
        raise KeyError('p')
    except KeyError:
        yield 1
g = passthru(); next(g)
try:
    g.throw(mk(ValueError, 4))
except ValueError as e:
    print('out', repr(e.__context__))
# Throwing the very exception being handled.
def same():
    try:
        raise KeyError('s')
    except KeyError as k:
        global K
        K = k
        try:
            yield 1
        except KeyError as exc:
            print('same', exc is K, repr(exc.__context__))
g = same(); next(g)
try: g.throw(K)
except StopIteration: pass


# The same through asyncio: a task's exception re-raised in an awaiting coroutine's except block.
import asyncio, sys
async def raise_error():
    raise ValueError
async def nothing():
    return 1
async def run(aw):
    try:
        raise KeyError(3)
    except Exception:
        print('before', repr(sys.exception()))
        try:
            await aw()
        except Exception as exc:
            print(type(exc).__name__, repr(exc.__context__))
        print('after', repr(sys.exception()))
asyncio.run(run(lambda: asyncio.ensure_future(nothing())))
asyncio.run(run(lambda: asyncio.sleep(0)))
asyncio.run(run(lambda: asyncio.ensure_future(raise_error())))
