"""closures: closures, nonlocal state, lambdas, decorators and higher-order
functions in a functional style.

Measures: creating function objects and cells, calls through closures,
nonlocal reads and writes, *args/**kwargs forwarding, default arguments.
Size: number of rounds.
"""
import sys
from _harness import main


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def make_adder(k):
    return lambda x: x + k


def make_scaler(k):
    def scale(x):
        return x * k
    return scale


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed


def counted(function):
    # A decorator that counts calls in a cell shared with an accessor.
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return function(*args, **kwargs)

    def call_count():
        return calls
    wrapper.call_count = call_count
    return wrapper


def memoize(function):
    cache = {}

    def lookup(n):
        if n not in cache:
            cache[n] = function(n)
        return cache[n]
    return lookup


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


@counted
def mix(a, b, c=3, *, d=4):
    return (a * 31 + b * 17 + c * 7 + d) % 1009


def fold_left(f, acc, items):
    for item in items:
        acc = f(acc, item)
    return acc


def bench(rounds):
    total = 0
    counter = make_counter(0)
    curried = curry3(lambda a, b, c: a * b - c)
    for r in range(rounds):
        pipeline = compose(make_adder(r % 7), make_scaler(3), make_adder(-1), abs)
        values = [pipeline(i - 50) for i in range(100)]
        total += fold_left(lambda acc, v: (acc * 3 + v) % 1000003, r, values)
        adders = [make_adder(i) for i in range(20)]
        total += sum(f(r) for f in adders)
        for i in range(50):
            counter(i % 3)
            total += mix(i, r, d=i % 5) + mix(r, i)
        total += curried(r % 11)(5)(r % 13)

        @memoize
        def stairs(n):
            # Ways to climb n steps taking 1, 2 or 3 at a time (recursive via the memo).
            if n < 0:
                return 0
            if n == 0:
                return 1
            return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)
        total += stairs(40 + r % 20) % 1000
        total %= 1000000007
    return "closures rounds=%d total=%d counter=%d calls=%d" % (
        rounds, total, counter(0), mix.call_count())


if __name__ == "__main__":
    main(bench, 16000)
