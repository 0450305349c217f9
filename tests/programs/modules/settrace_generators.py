# Trace events of generators and coroutines: 'call' on every resume, 'return' on every yield,
# StopIteration seen as an 'exception' event where CPython reports it (await, send, yield from).
import asyncio
import sys

ev = []
WATCH = ('gen', 'outer', 'coro', 'sub', 'consumer', 'agen', 'use_agen', 'It', '__next__', 'thrower')

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in WATCH:
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        if event == 'exception':
            ev.append((name, event, rel, arg[0].__name__))
        elif event == 'return':
            ev.append((name, event, rel, arg if isinstance(arg, (int, str, tuple, type(None))) else 'wrapped'))
        else:
            ev.append((name, event, rel))
    return tracer

def show(title, f):
    ev.clear()
    sys.settrace(tracer)
    try:
        r = f()
    finally:
        sys.settrace(None)
    print('==', title, r)
    for e in ev:
        print('  ', e)

def gen():
    x = yield 1
    y = yield x
    return y

def consumer():
    g = gen()
    a = next(g)
    b = g.send(10)
    try:
        g.send(20)
    except StopIteration as e:
        return a, b, e.value

def outer():
    r = yield from gen()
    return r

def delegating():
    g = outer()
    next(g)
    g.send(1)
    try:
        g.send(2)
    except StopIteration as e:
        return e.value

def thrower():
    try:
        yield 1
    except ValueError:
        yield 'caught'

def throwing():
    g = thrower()
    next(g)
    r = g.throw(ValueError)
    g.close()
    return r

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

def loop_it():
    return [x for x in It()]

async def sub():
    await asyncio.sleep(0)
    return 1

async def coro():
    x = await sub()
    return x + 1

async def agen():
    yield 1
    yield 2

async def use_agen():
    return [x async for x in agen()]

show('consumer', consumer)
show('delegating', delegating)
show('throwing', throwing)
show('python iterator', loop_it)
show('coroutine', lambda: asyncio.run(coro()))
show('async generator', lambda: asyncio.run(use_agen()))
