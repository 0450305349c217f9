# sys.settrace: the events a trace function sees (call, line, return, exception) in order,
# with line numbers relative to each function's first line.
import sys

events = []

def tracer(frame, event, arg):
    code = frame.f_code
    rel = frame.f_lineno - code.co_firstlineno
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]), arg[2] is not None)
    elif event == 'return':
        a = 'a Ctx' if isinstance(arg, Ctx) else repr(arg)
    else:
        a = arg
    events.append((code.co_name, event, rel, a))
    return tracer

def run(f, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        r = f(*args)
    except Exception as e:
        r = 'raised ' + type(e).__name__
    finally:
        sys.settrace(None)
    print('==', f.__name__, '->', r)
    for e in events:
        if e[0] not in ('run',):
            print('  ', e)

def simple(x):
    y = x + 1
    z = y * 2
    return z

def loops(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    return total

def branches(x):
    if x > 1:
        a = 1
    else:
        a = 2
    if x:
        pass
    return a

def raiser():
    raise ValueError('bad')

def catcher():
    try:
        raiser()
    except ValueError as e:
        msg = str(e)
    finally:
        done = True
    return msg

def gen(n):
    for i in range(n):
        yield i * 10
    return 'end'

def use_gen():
    out = []
    for v in gen(2):
        out.append(v)
    return out

def comprehensions():
    a = [i for i in range(2)]
    b = {i: i for i in range(1)}
    return a, b

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def with_stmt():
    with Ctx() as c:
        x = 1
    return x

def uncaught():
    x = 1
    raiser()
    return x

def nested():
    return simple(1) + simple(2)

def lambdas():
    f = lambda v: v + 1
    return f(1)

def classdef():
    class K:
        a = 1
        def m(self):
            return self.a
    return K().m()

for f, args in [(simple, (1,)), (loops, (2,)), (branches, (2,)), (branches, (0,)), (catcher, ()),
                (use_gen, ()), (comprehensions, ()), (with_stmt, ()), (uncaught, ()), (nested, ()),
                (lambdas, ()), (classdef, ())]:
    run(f, *args)

# A global trace function returning None: no local events for that frame.
seen = []
def only_calls(frame, event, arg):
    seen.append((frame.f_code.co_name, event))
    return None
sys.settrace(only_calls)
nested()
sys.settrace(None)
print('only calls:', seen)

# The local trace function can differ from the global one, and replace itself.
log = []
def local2(frame, event, arg):
    log.append(('local2', event, frame.f_lineno - frame.f_code.co_firstlineno))
    return local2
def local1(frame, event, arg):
    log.append(('local1', event, frame.f_lineno - frame.f_code.co_firstlineno))
    return local2
def global_tr(frame, event, arg):
    log.append(('global', event, frame.f_code.co_name))
    return local1 if frame.f_code.co_name == 'simple' else None
sys.settrace(global_tr)
simple(3)
sys.settrace(None)
print('local switch:', log)

# f_trace_lines = False: no line events; the others still come.
log = []
def nolines(frame, event, arg):
    if event == 'call':
        frame.f_trace_lines = False
    log.append((frame.f_code.co_name, event))
    return nolines
sys.settrace(nolines)
loops(1)
sys.settrace(None)
print('no lines:', log)

# f_trace_opcodes = True: opcode events (how many depends on the bytecode).
log = []
def opcodes(frame, event, arg):
    if event == 'call':
        frame.f_trace_opcodes = True
    log.append(event)
    return opcodes
sys.settrace(opcodes)
simple(1)
sys.settrace(None)
print('opcode events:', 'opcode' in log, log[0], log[-1], log.count('line'))

# gettrace, and a trace function that raises: tracing is turned off and the error propagates.
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError('trace failed')
    return bad
sys.settrace(bad)
print('gettrace is bad:', sys.gettrace() is bad)
try:
    simple(1)
except RuntimeError as e:
    print('trace error:', e, sys.gettrace())
sys.settrace(None)

# The tracing function itself is not traced; settrace from inside a function traces only new frames.
log = []
def t2(frame, event, arg):
    log.append((frame.f_code.co_name, event))
    return t2
def starts_tracing():
    sys.settrace(t2)
    x = simple(1)
    return x
starts_tracing()
sys.settrace(None)
print('started inside:', log)

# frame attributes
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
try:
    f.f_trace_lines = 1
except TypeError as e:
    print(type(e).__name__, e)
f.f_trace = tracer
print(f.f_trace is tracer)
f.f_trace = None
print(f.f_trace)

# Changes a trace function makes to f_locals reach the frame.
def setter(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'changed' and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        frame.f_locals['v'] = 42
    return setter
def changed():
    v = 1
    return v
sys.settrace(setter)
print('changed local:', changed())
sys.settrace(None)
