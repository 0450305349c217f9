# A traceback raised from inside a hot loop names the right line.
import sys
import traceback

def work(n):
    acc = 0
    for i in range(n):
        acc += i
        if i == n - 3:
            acc += None
    return acc

try:
    work(4000)
except TypeError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.lineno, f.line) for f in tb])

def line_here(n):
    for i in range(n):
        if i == n - 1:
            return sys._getframe().f_lineno
    return -1

print(line_here(3000))

def deep(n):
    t = 0
    for i in range(n):
        t += inner(i, n)
    return t

def inner(i, n):
    if i == n - 2:
        raise ValueError("at %d" % i)
    return 1

try:
    deep(2500)
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(e, [(f.name, f.lineno) for f in tb])
