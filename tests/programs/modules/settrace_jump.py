# Setting frame.f_lineno from a trace function: jumps and CPython's restrictions on them.
import sys

def jump_test(func, from_rel, to_rel, event='line'):
    """Runs func with a tracer that, at relative line from_rel, jumps to to_rel."""
    out = []
    first = func.__code__.co_firstlineno
    done = [False]
    def tracer(frame, ev, arg):
        if frame.f_code is not func.__code__:
            return None
        if not done[0] and ev == event and frame.f_lineno - first == from_rel:
            done[0] = True
            try:
                frame.f_lineno = first + to_rel
                out.append('jumped')
            except ValueError as e:
                out.append('ValueError: ' + str(e))
        return tracer
    sys.settrace(tracer)
    try:
        func(out)
    except Exception as e:
        out.append('raised %s: %s' % (type(e).__name__, e))
    finally:
        sys.settrace(None)
    print(func.__name__, from_rel, '->', to_rel, out)

def forward(out):
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)

def backward(out):
    out.append(1)
    n = len(out)
    if n < 5:
        out.append(4)

def into_loop(out):
    out.append(1)
    for i in range(2):
        out.append(3)
    out.append(4)

def out_of_loop(out):
    for i in range(3):
        out.append(2)
        out.append(3)
    out.append(4)

def into_except(out):
    out.append(1)
    try:
        out.append(3)
    except ValueError:
        out.append(5)
    out.append(6)

def out_of_except(out):
    try:
        raise ValueError
    except ValueError:
        out.append(4)
        out.append(5)
    out.append(6)

def skip_with(out):
    out.append(1)
    out.append(2)
    out.append(3)
    return 4

jump_test(forward, 1, 3)
jump_test(forward, 3, 1)
jump_test(backward, 3, 1)
jump_test(into_loop, 1, 3)
jump_test(out_of_loop, 2, 4)
jump_test(into_except, 1, 5)
jump_test(out_of_except, 4, 6)
jump_test(forward, 1, 100)
jump_test(forward, 1, -100)
jump_test(forward, 0, 2, event='call')
jump_test(skip_with, 3, 1, event='return')
jump_test(forward, 2, 2)

def raises_out(out):
    out.append(1)
    1 / 0
    out.append(3)
jump_test(raises_out, 2, 3, event='exception')

# A non-integer line, deleting it, and setting it outside a trace function.
def t_str(frame, ev, arg):
    if ev == 'line' and frame.f_code.co_name == 'forward':
        try:
            frame.f_lineno = 'x'
        except ValueError as e:
            print('str lineno:', e)
        try:
            del frame.f_lineno
        except AttributeError as e:
            print('del lineno:', e)
        return None
    return t_str
sys.settrace(t_str)
forward([])
sys.settrace(None)

f = sys._getframe()
try:
    f.f_lineno = 3
except ValueError as e:
    print('outside trace:', e)
