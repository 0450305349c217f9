# Calls inlined into a trace when the callee is a new function object each time (a lambda made
# per round, a callback passed in): the trace guards the function's code, globals and builtins.
# A function whose __code__ is replaced, or one with the same code and other globals, must not
# run the recorded code.
import types


def fold(f, acc, items):
    for item in items:
        acc = f(acc, item)
    return acc


total = 0
for r in range(300):
    total += fold(lambda a, v: (a * 3 + v) % 1000003, r, range(40))
print(total)


def plus(a, v):
    return a + v + OFFSET


def minus(a, v):
    return a - v - OFFSET


OFFSET = 1
other_globals = {"OFFSET": 1000, "__builtins__": __builtins__}
same_code_other_globals = types.FunctionType(plus.__code__, other_globals, "plus")
results = []
for r in range(200):
    g = types.FunctionType(plus.__code__, globals(), "plus")
    if r == 150:
        g.__code__ = minus.__code__
    if r == 170:
        g = same_code_other_globals
    results.append(fold(g, 0, range(30)))
print(results[:3], results[149:152], results[169:172], sum(results))


def apply_all(fs, x):
    out = []
    for f in fs:
        out.append(f(x))
    return out


fs = [lambda x: x + 1, lambda x: x * 2, abs, lambda x: -x, str]
acc = []
for r in range(400):
    acc.append(apply_all([fs[r % 5], lambda x: x - r, fs[(r + 1) % 5]], r - 200))
print(acc[:3], acc[-2:], len(acc))
