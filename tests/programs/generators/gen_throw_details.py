# throw() variants: exception class vs instance, traceback preserved, throw into yield from chain, throw after finish
def g():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e!r}"
    yield "after"
x = g()
next(x)
print(x.throw(ValueError))
print(next(x))
try:
    x.throw(KeyError("after finishing handler"))
except KeyError as e:
    print("propagated", repr(e))
try:
    x.throw(ValueError("dead generator"))
except ValueError as e:
    print("dead generator re-raises", repr(e))
def inner():
    try:
        yield "inner"
    except TypeError:
        yield "inner handled TypeError"
def outer():
    try:
        r = yield from inner()
    except KeyError:
        yield "outer handled KeyError"
o = outer()
print(next(o), o.throw(TypeError), end=" | ")
o2 = outer()
next(o2)
print(o2.throw(KeyError))
def stop_inside():
    try:
        yield
    except StopIteration:
        yield "caught StopIteration thrown in"
s = stop_inside()
next(s)
print(s.throw(StopIteration))
def gen_exit():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit via throw")
        raise
ge = gen_exit()
next(ge)
try:
    ge.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated to caller")
