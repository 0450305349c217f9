# *args/**kwargs edge cases: passing tuples/dicts through, empty star args, keyword named like builtins, mutation safety
def f(*args, **kwargs):
    return args, kwargs
t = (1, 2)
d = {"a": 1}
r_args, r_kw = f(*t, **d)
print(r_args is t, r_kw is d, r_args == t, r_kw == d)
print(f(*(), **{}), f(*[], *[]), f(**{}, **{}))
def g(list=None, dict=None, type=None, **kw):
    return list, dict, type, kw
print(g(list=1, dict=2, type=3, id=4))
def h(a, *args, a2=None, **kw):
    return a, args, a2, kw
print(h(1, 2, 3, a2=4, a3=5))
def count(*args):
    return len(args)
print(count(*range(100)), count(*"hello", *b"hi"))
def kw_only_after_star(*, x, y=2, **rest):
    return x, y, rest
print(kw_only_after_star(x=1, z=3), kw_only_after_star(**{"x": 0, "y": 0}))
def defaults_tuple(a, b=(1, 2), c=frozenset()):
    return a, b, c
print(defaults_tuple(0), defaults_tuple.__defaults__)
def nested_star(*a):
    return f(*a, *a)
print(nested_star(1, 2))
