# co_cellvars/co_freevars and the cell sharing of parameters captured by closures
def outer(a, b):
    c = a + b
    def inner():
        return a, c
    return inner
fn = outer(1, 2)
print(outer.__code__.co_cellvars, fn.__code__.co_freevars, [cl.cell_contents for cl in fn.__closure__])
def param_rebound(x):
    def get():
        return x
    x = x * 10
    return get
print(param_rebound(5)())
def shared():
    v = []
    def a():
        v.append("a")
        return v
    def b():
        nonlocal v
        v = ["reset"]
        return v
    return a, b
fa, fb = shared()
print(fa(), fb(), fa())
print(fa.__closure__[0] is fb.__closure__[0])
def no_closure():
    return 1
print(no_closure.__closure__, no_closure.__code__.co_freevars)
def cell_in_loop():
    result = []
    for i in range(3):
        result.append(lambda: i)
    i = "final"
    return [r() for r in result]
print(cell_in_loop())
def class_captures():
    secret = "s3"
    class K:
        def reveal(self):
            return secret
    return K().reveal()
print(class_captures())
def make_cell_empty():
    def f():
        return v
    cell = f.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    v = 1
    return cell.cell_contents
print(make_cell_empty())
