# A bare `raise` re-raises the handled exception without adding a traceback entry for itself.
import traceback

def f():
    try:
        raise ValueError('v')
    except ValueError:
        raise

def g():
    try:
        f()
    except ValueError:
        raise

def h():
    try:
        g()
    except ValueError as e:
        raise e

for fn in (f, g, h):
    try:
        fn()
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(fn.__name__, [(x.name, x.lineno, x.line) for x in tb])

def nested():
    try:
        try:
            raise KeyError('k')
        except KeyError:
            raise
    except KeyError as e:
        return [x.lineno for x in traceback.extract_tb(e.__traceback__)]
print('nested', nested())
