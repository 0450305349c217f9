# Exceptions raised by calls a trace makes from the loop's own frame (a Python function, an
# operator, a subscript, an attribute, next()) leave the trace by a return rather than a JS
# throw: the handler that catches them, the traceback and the frame's state must be as the
# interpreter's, whether the handler is in the loop, around it, in a caller, or absent.
import sys
import traceback


class Box:
    def __init__(self, v):
        self.v = v


def check(i):
    if i % 97 == 96:
        raise ValueError("bad %d" % i)
    return i


def digits(s):
    # A loop: called, not inlined.
    n = 0
    k = 0
    while k < len(s):
        c = s[k]
        if not "0" <= c <= "9":
            raise ValueError("not a digit: %r" % c)
        n = n * 10 + ord(c) - 48
        k += 1
    return n


def parse_all(words):
    good = 0
    bad = []
    for w in words:
        try:
            good += digits(w)
        except ValueError as e:
            bad.append(str(e))
    return good, len(bad), bad[:2]


def handled_in_loop(n):
    total = errors = 0
    for i in range(n):
        try:
            total += check(i)
        except ValueError as e:
            errors += 1
            last = str(e)
    return total, errors, last


def handler_around_loop(n, stop):
    total = 0
    try:
        for i in range(n):
            total += 100 // (stop - i)
    except ZeroDivisionError as e:
        return "caught at %d after %d: %s" % (i, total, e)
    return total


def no_handler(n, table):
    total = 0
    for i in range(n):
        total += table[i]
    return total


def caller_catches(n, table):
    try:
        return no_handler(n, table)
    except KeyError as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        return "KeyError %s from %s line %d" % (e, tb[-1].name, tb[-1].lineno)


def next_until_stop(k):
    it = iter(range(k % 4))
    got = 0
    while True:
        try:
            got += next(it)
        except StopIteration:
            break
    return got


def attributes(n):
    found = missing = 0
    objs = [Box(i) if i % 5 else object() for i in range(n)]
    for o in objs:
        try:
            found += o.v
        except AttributeError:
            missing += 1
    return found, missing


def gen_raises(n):
    for i in range(n):
        yield 1000 // (n - 1 - i)


def state_after_raise(n):
    # The locals the loop wrote before the exception are the frame's when the handler runs.
    a = b = 0
    try:
        for i in range(n):
            a = i * 2
            b = b + check(i)
    except ValueError:
        return a, b, i


print(handled_in_loop(5000))
print(parse_all([str(i) if i % 13 else "x%d" % i for i in range(5000)]))
print(handler_around_loop(5000, 3000))
table = {i: i for i in range(4000)}
print(caller_catches(3000, table))
print(caller_catches(5000, table))
print(sum(next_until_stop(k) for k in range(20000)))
print(attributes(6000))
try:
    print(sum(gen_raises(3000)))
except ZeroDivisionError as e:
    print("generator:", e, traceback.extract_tb(sys.exc_info()[2])[-1].lineno)
print(state_after_raise(3000))
total = 0
for i in range(4000):
    try:
        total += check(i)
    except ValueError:
        total -= 1
print(total)
try:
    no_handler(5000, table)
except KeyError:
    print("module level:", [(f.name, f.lineno) for f in traceback.extract_tb(sys.exc_info()[2])])
