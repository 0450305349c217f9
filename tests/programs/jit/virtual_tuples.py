# Tuples made and taken apart inside a hot loop (multiple return values, swaps through a tuple)
# are not made by compiled code; an exit that needs one makes it with the values of that moment.

def divmod_pair(a, b):
    return a // b, a % b


def stats(x, y):
    return x + y, x * 0.5, (x, y)


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def returns(n):
    total = 0
    for i in range(n):
        q, r = divmod_pair(i + 17, 5)
        total += q * r
    return total


def exit_holding_tuple(n):
    out = []
    for i in range(n):
        v = i if i < n - 2 else i + 0.5   # the kind changes: guards fail with t alive
        t = (v, i, "s")
        a, b, c = t
        if i >= n - 2:
            out.append((t, a, b, c, t is t))
    return out


def nested(n):
    acc = 0.0
    last = None
    for i in range(n):
        s, h, pair = stats(i, 2.5)
        a, b = pair
        p = P(h, pair)
        acc += s + p.x + a + b
        if i == n - 1:
            last = (p.y, p.y is pair)
    return acc, last


def starred(n):
    acc = 0
    for r in range(n):
        first, *middle, last = (r, r + 1, r + 2, r + 3, r * 2)
        acc += first - last + len(middle) + middle[0]
        if r % 500 == 499:
            acc += sum(middle)
    return acc


def raised(n):
    caught = 0
    for i in range(n):
        try:
            a, b = divmod_pair(i, i % 7)
        except ZeroDivisionError as e:
            caught += 1
            msg = str(e)
    return caught, msg


print(returns(5000))
print(exit_holding_tuple(3000))
print(nested(3000))
print(starred(3000))
print(raised(3000))
