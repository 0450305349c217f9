# sys.setprofile: call/return for Python functions, c_call/c_return/c_exception for builtins.
import sys

events = []

def describe(arg):
    if arg is None:
        return None
    name = getattr(arg, '__qualname__', None) or getattr(arg, '__name__', None)
    if name is not None and type(arg).__name__ in ('builtin_function_or_method',):
        return 'builtin ' + name
    return repr(arg) if isinstance(arg, (int, str, list, tuple)) else type(arg).__name__

def profiler(frame, event, arg):
    events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, describe(arg)))
    return 'ignored'

def run(f, *args):
    events.clear()
    sys.setprofile(profiler)
    try:
        r = f(*args)
    except Exception as e:
        r = 'raised ' + type(e).__name__
    finally:
        sys.setprofile(None)
    print('==', f.__name__, '->', r)
    for e in events:
        print('  ', e)

def callee(x):
    return x * 2

def builtins_calls():
    l = []
    l.append(1)
    n = len(l)
    s = sorted([3, 1, 2])
    m = max(s, key=callee)
    d = dict(a=1)
    return n, s, m, d

def c_error():
    try:
        int('x')
    except ValueError:
        pass
    try:
        [].pop()
    except IndexError as e:
        return str(e)

def gen():
    yield 1
    yield 2

def generators():
    return list(gen()), [x for x in gen()]

def py_exception():
    def inner():
        raise KeyError('k')
    try:
        inner()
    except KeyError:
        return 'caught'

def star_calls():
    args = (1, 2)
    return max(*args), print(*[], end='')

class A:
    def method(self):
        return 1
    @property
    def prop(self):
        return 2

def methods():
    a = A()
    return a.method() + a.prop

def unbound_builtin():
    return list.append([], 1), str.upper('x')

for f in (builtins_calls, c_error, generators, py_exception, star_calls, methods, unbound_builtin):
    run(f)

print(sys.getprofile())
sys.setprofile(profiler)
print(sys.getprofile() is profiler)
sys.setprofile(None)
print(sys.getprofile())

# A profile function that raises: profiling is turned off, the error propagates.
def bad(frame, event, arg):
    if event == 'c_call':
        raise RuntimeError('profile failed')
sys.setprofile(bad)
try:
    len([])
except RuntimeError as e:
    print('profile error:', e, sys.getprofile())
sys.setprofile(None)

# setprofile inside a function: that function's return is seen.
log = []
def p2(frame, event, arg):
    log.append((frame.f_code.co_name, event))
def starts():
    sys.setprofile(p2)
    callee(1)
    return 0
starts()
sys.setprofile(None)
print(log)
