# Functions called once whose loops get hot: the interpreter hands the frame to compiled code
# in the middle of the loop (the rest of the call runs compiled), with its value stack.
# fails on purpose: the last call raises through an on-stack-replaced frame (traceback on stderr, exit 1)
import sys


def summing(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def nested_stack(n):
    # The loop runs with values on the stack below it (the list being built, the iterator).
    return [sum(j for j in range(3)) + sum([k for k in range(i % 5)]) for i in range(n)]


def raises_late(n):
    acc = 0
    for i in range(n):
        acc += i
        if i == n - 1:
            raise ValueError(f"late {acc}")
    return acc


def catches(n):
    try:
        raises_late(n)
    except ValueError as e:
        return f"caught {e}"


def handler_inside(n):
    errors = 0
    for i in range(n):
        try:
            if i % 700 == 0:
                raise KeyError(i)
        except KeyError:
            errors += 1
    return errors


class Builder:
    def __init__(self, n):
        self.items = []
        for i in range(n):
            self.items.append(i % 7)


class BadInit:
    def __init__(self, n):
        for i in range(n):
            pass
        return n


def caller_line():
    return sys._getframe(1).f_code.co_name, sys._getframe(1).f_locals["i"]


def inspects(n):
    seen = None
    for i in range(n):
        if i == n - 1:
            seen = caller_line()
    return seen


def while_loop(n):
    i = 0
    s = []
    while i < n:
        i += 1
        if i % 1000 == 0:
            s.append(i)
    return s


def with_loop(n):
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False
    count = 0
    with Ctx():
        for i in range(n):
            count += 1
    return count


def deep(n):
    if n == 0:
        total = 0
        for i in range(3000):
            total += 1
        return total
    return deep(n - 1) + 1


print(summing(5000))
print(sum(nested_stack(3000)))
print(catches(4000))
print(handler_inside(5000))
print(len(Builder(3000).items), sum(Builder(3000).items))
try:
    BadInit(3000)
except TypeError as e:
    print(type(e).__name__, e)
print(inspects(3000))
print(while_loop(5000))
print(with_loop(4000))
print(deep(20))
print(list(map(summing, [2000, 2500])))
print(sorted([3000, 1000, 2000], key=summing))
try:
    raises_late(3000)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(e, names)
raises_late(2500)
