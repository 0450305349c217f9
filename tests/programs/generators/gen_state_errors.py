# Generator state errors: already executing, StopIteration raised inside generator (PEP 479), gi_* attributes
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def raises_stop():
    yield 1
    raise StopIteration("explicit")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_suspended)
next(gen)
print(gen.gi_yieldfrom, gen.gi_frame is not None)
list(gen)
print(gen.gi_frame is None)
def inner():
    yield 1
def outer():
    yield from inner()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)
def returns_generator_exit():
    try:
        yield
    finally:
        return "swallow"
r = returns_generator_exit()
next(r)
try:
    r.throw(ValueError("will be swallowed by return in finally"))
except StopIteration as e:
    print("StopIteration", e.value)
