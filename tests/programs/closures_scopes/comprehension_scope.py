# Comprehension scopes: loop variables don't leak, first iterable evaluated in enclosing scope
x = "outer"
r = [x for x in range(3)]
print(r, x)
print({x: x for x in "ab"}, x)
print(list(x for x in "cd"), x)
def f():
    n = 3
    return [i * n for i in range(n)]
print(f())
def g():
    items = [1, 2]
    return [[a, b] for a in items for b in items]
print(g())
def h():
    data = [[1, 2], [3, 4]]
    return [y for row in data for y in row if y != row[0]]
print(h())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
def nested_comp():
    return [[j for j in range(i)] for i in range(4)]
print(nested_comp())
gen = (i * i for i in range(4))
print(next(gen), list(gen))
try:
    lst = [undefined_name for _ in []]
    print("empty never evaluates element", lst)
    lst = [z for z in undefined_iterable]
except NameError as e:
    print(type(e).__name__, e)
def first_iter_eagerly():
    seq = [1, 2]
    g = (v for v in seq)
    seq = [9, 9]
    return list(g)
print(first_iter_eagerly())
def inner_late():
    k = 1
    g = (v + k for v in range(2))
    k = 100
    return list(g)
print(inner_late())
print([(a, b) for a in range(3) if a for b in range(a)])
print({len(w) for w in ["a", "bb", "cc"]}, {w: len(w) for w in ["a", "bb"]})
