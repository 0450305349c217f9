# Closures inlined into traces: free variables read through the cells of the function called
# (a new closure each round has new cells), cells rebound by other code while the loop runs,
# guards failing inside an inlined closure, and a traceback from inside one.
import traceback


def make_adder(k):
    return lambda x: x + k


def make_counter():
    count = 0

    def bump(by):
        nonlocal count
        count += by
        return count

    def read():
        return count
    return bump, read


def run(f, n):
    acc = 0
    for i in range(n):
        acc = f(acc) if i % 2 else f(i)
    return acc


print([run(make_adder(k), 500) for k in range(6)])

bump, read = make_counter()
values = []
for i in range(1000):
    values.append(bump(i % 3))
    if i == 600:
        bump(1000)   # the same cell, written from outside the loop
print(values[:5], values[599:603], read())


def scale_all(items, factor):
    scale = lambda v: v * factor
    out = []
    for x in items:
        out.append(scale(x))
    return out


print(scale_all(range(10), 3), scale_all([1.5, 2, "ab"], 2), scale_all(range(2000), 2)[-3:])


def rebinding():
    k = 1
    f = lambda x: x + k
    out = []
    for i in range(1500):
        out.append(f(i))
        if i == 1000:
            k = 0.5    # the cell now holds a float: a guard inside the inlined closure fails
    return out[998:1004], sum(out)


print(rebinding())


def failing(n):
    limit = 1200
    check = lambda i: 100 // (limit - i)
    total = 0
    for i in range(n):
        total += check(i)
    return total


try:
    failing(5000)
except ZeroDivisionError as exc:
    print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(exc.__traceback__)], exc)
