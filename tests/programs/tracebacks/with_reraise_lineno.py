# When __exit__ does not swallow the exception, the with statement re-raises it (RERAISE 2) and
# the frame's f_lineno/f_lasti go back to the instruction that raised, not to the def line.
class Noop:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass

def after_with():
    with Noop():
        1/0
        pass

def nested_with():
    with Noop():
        with Noop():
            [][1]
    pass

def in_finally():
    try:
        1/0
    finally:
        pass

def with_in_except():
    try:
        with Noop():
            {}["k"]
    except ValueError:
        pass

def rel(f, n):
    return None if n is None else n - f.__code__.co_firstlineno

results = set()
for i in range(3000):  # long enough for the faster tiers to take over
    for f in (after_with, nested_with, in_finally, with_in_except):
        try:
            f()
        except Exception as ex:
            t = ex.__traceback__.tb_next
            results.add((f.__name__, type(ex).__name__, rel(f, t.tb_frame.f_lineno), rel(f, t.tb_lineno)))
for r in sorted(results):
    print(*r)
