# Calls of functions with `for` loops, made from a hot loop: the callee is inlined and its loop
# unrolled into the trace. Guards must catch every change: a list of another length, items of
# another class, a loop left by break or return, an exception in the callee's loop, a callee
# whose loop is too long to unroll, a while loop (never unrolled).


class Shape:
    def __init__(self, k):
        self.k = k

    def hit(self, x):
        return self.k * x


class Other:
    def __init__(self, k):
        self.k = k

    def hit(self, x):
        return self.k - x


def nearest(objs, x):
    best = None
    for o in objs:
        t = o.hit(x)
        if best is None or t < best:
            best = t
    return best


def first_over(xs, limit):
    for i, v in enumerate(xs):
        if v > limit:
            return i
    return -1


def count_range(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def find(xs, v):
    k = 0
    for x in xs:
        if x == v:
            break
        k += 1
    return k


def over(r):
    s = 0
    for i in r:
        s += i
    return s


def nested(rows):
    s = 0
    for r in rows:
        for v in r:
            s += v
    return s


def divide_all(xs, d):
    out = 0
    for x in xs:
        out += x // d
    return out


def spin(n):
    i = 0
    while i < n:
        i += 1
    return i


def appending(xs):
    n = 0
    for x in xs:
        if x == 1 and len(xs) < 6:
            xs.append(7)
        n += x
    return n


def main():
    objs = [Shape(1.5), Shape(2.5), Shape(0.5)]
    total = 0.0
    for i in range(3000):
        if i == 1500:
            objs.append(Shape(-1.0))      # one more iteration than recorded
        if i == 2000:
            objs[1] = Other(3.0)          # another class in the middle
        if i == 2500:
            objs = (Shape(4.0), Shape(0.25))  # a tuple, shorter
        total += nearest(objs, i * 0.5)
    print("nearest", total)

    xs = [1, 5, 9, 13, 17]
    acc = 0
    for i in range(3000):
        acc += first_over(xs, i % 20)
        acc += count_range(i % 7)
        acc += find(xs, (i * 4 + 1) % 24)
    print("first_over/count_range/find", acc)

    rs = [range(3), range(1, 4), range(0, 10, 4)]
    acc = 0
    for i in range(3000):
        r = rs[0] if i < 1000 else rs[i % 3]   # a range iterator of another length
        acc += over(r)
    print("over", acc)

    rows = [[1, 2], [3], [4, 5, 6]]
    s = 0
    for i in range(2000):
        if i == 1000:
            rows[1].append(i)
        if i == 1500:
            rows.append([])
        s += nested(rows)
    print("nested", s)

    errors = 0
    s = 0
    for i in range(2000):
        d = 0 if i % 500 == 499 else (i % 3) + 1
        try:
            s += divide_all([10, 20, 30], d)
        except ZeroDivisionError as e:
            errors += 1
            last = str(e)
    print("divide_all", s, errors, last)

    s = 0
    for i in range(2000):
        s += count_range(3 if i < 1000 else 40)   # too long to unroll after a while
        s += spin(i % 5)
    print("long/while", s)

    s = 0
    for i in range(1500):
        s += appending([1, 2, 3])
        s += appending([2, 3])
    print("appending", s)


main()
