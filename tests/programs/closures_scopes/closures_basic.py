# Closures: capture by reference, late binding, counters, cells shared between closures
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def cell_contents():
    a = 1
    b = [2]
    def f():
        return a, b
    return f
fn = cell_contents()
print([c.cell_contents for c in fn.__closure__], fn.__code__.co_freevars)
def unbound_cell():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    later = 5
    return f()
print(unbound_cell())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def mutate_list():
    items = []
    def add(x):
        items.append(x)
        return items
    return add
add = mutate_list()
add(1)
print(add(2))
