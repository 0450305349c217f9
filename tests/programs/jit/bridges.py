# Guards that fail often get bridges: the other side of a branch, recorded from the failing
# guard and compiled into the loop. Each loop below runs long enough for its trace to be
# compiled and for its side exits to fail more than trace_eagerness (200) times.


def alternating(n):
    # Both sides of the branch are hot; the bridge jumps back to the loop with new values.
    evens = odds = 0
    for i in range(n):
        if i % 2 == 0:
            evens += i
        else:
            odds += i * 3
    return evens, odds


def running_extremes(values):
    # lo and hi are only read on the usual path: written on the bridge, they become carried.
    lo = hi = values[0]
    new_lows = 0
    for v in values:
        if v < lo:
            lo = v
            new_lows += 1
        elif v > hi:
            hi = v
    return lo, hi, new_lows


def written_only_on_bridge(n):
    # `last` is never touched on the recorded path: the bridge writes it.
    last = None
    count = 0
    for i in range(n):
        if i % 10 == 7:
            last = i
            count += 1
    return last, count


def read_before_write(n):
    # t is written before it is read on the usual path (a placeholder there); the bridge reads
    # the previous iteration's value.
    t = -1
    acc = 0
    for i in range(n):
        if i % 7 == 3:
            acc += t
        t = i * 2
    return acc, t


def nested_branches(n):
    # Bridges of bridges.
    a = b = c = d = 0
    for i in range(n):
        if i % 3 == 0:
            if i % 5 == 0:
                a += 1
            else:
                b += 1
        elif i % 3 == 1:
            c += i
        else:
            d -= i
    return a, b, c, d


def kinds_change(n):
    # The bridge leaves a float where the loop had an int: it cannot jump back with it.
    x = 0
    out = []
    for i in range(n):
        if i % 4 == 0:
            x = x + 0.5
        else:
            x = x + 1
        if i % 1000 == 999:
            out.append(x)
    return out[-3:]


def bridge_breaks(n, stop):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
            if i >= stop:
                break
        else:
            total -= 1
    return total


def bridge_raises(n):
    seen = 0
    try:
        for i in range(n):
            if i % 5 == 0:
                seen += 100 // (5000 - i)
            else:
                seen += 1
    except ZeroDivisionError as e:
        import traceback
        tb = traceback.extract_tb(e.__traceback__)
        return seen, type(e).__name__, tb[-1].lineno - tb[0].lineno
    return seen, None, None


class Counter:
    def __init__(self):
        self.hits = 0
        self.misses = 0


def attributes_on_bridge(n):
    c = Counter()
    for i in range(n):
        if i % 3 == 0:
            c.hits += 1
        else:
            c.misses += 2
    return c.hits, c.misses


def many_closures(n):
    # A call site that sees a new function every time: guard_value after guard_value; the
    # number of bridges a loop gets is bounded.
    fs = [(lambda k: (lambda x: x + k))(j) for j in range(40)]
    total = 0
    for i in range(n):
        total += fs[i % 40](i)
    return total


def while_with_state(n):
    # A while loop whose state machine switches between three states.
    state = 0
    i = 0
    log = [0, 0, 0]
    while i < n:
        if state == 0:
            state = 1
        elif state == 1:
            state = 2
        else:
            state = 0
        log[state] += 1
        i += 1
    return log


def strings_on_bridge(n):
    parts = []
    s = ""
    for i in range(n):
        if i % 50 == 0:
            s = "x%d" % i
            parts.append(s)
    return len(parts), s


print(alternating(20000))
print(running_extremes([(i * 7919) % 10007 - 5000 for i in range(20000)]))
print(written_only_on_bridge(20000))
print(read_before_write(20000))
for start in range(5):
    print(read_before_write(3000 + start))
print(nested_branches(30000))
print(kinds_change(20000))
print(bridge_breaks(20000, 15000))
print(bridge_breaks(20000, 10 ** 9))
print(bridge_raises(6000))
print(attributes_on_bridge(20000))
print(many_closures(20000))
print(while_with_state(20000))
print(strings_on_bridge(20000))
# The same functions again, with their loops compiled and bridged already.
print(alternating(5001), running_extremes([5, 3, 9, 1, 12, -4, 7]), written_only_on_bridge(5000))
print(nested_branches(4999), bridge_breaks(3000, 2000), kinds_change(4000))
