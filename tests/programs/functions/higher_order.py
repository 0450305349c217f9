# Higher-order functions: composition, currying, partial application written by hand, function tables
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def partial(fn, *pargs, **pkw):
    def wrapper(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    wrapper.func, wrapper.args, wrapper.keywords = fn, pargs, pkw
    return wrapper
p = partial(int, base=2)
print(p("1010"), p("11", base=10), p.keywords)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "max": max}
print([ops[o](6, 3) for o in ["+", "-", "*", "max"]])
def memo(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner
@memo
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)
print(stairs(60))
print(list(map(compose(str, abs), [-1, 2, -3])), sorted(["bb", "a", "ccc"], key=compose(lambda n: -n, len)))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(dbl, 10)(1))
