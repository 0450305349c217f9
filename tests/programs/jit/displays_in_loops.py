# Dict, set and string displays, f-strings, unpacking into displays, and the unary ~ and +
# inside hot loops (each is recorded into the trace), with the odd value halfway through.

class Fmt:
    def __init__(self, n):
        self.n = n

    def __format__(self, spec):
        if self.n == 700:
            raise ValueError("bad format at %d" % self.n)
        return "<%d:%s>" % (self.n, spec)

    def __repr__(self):
        return "Fmt(%d)" % self.n


class Inv:
    def __invert__(self):
        return "inverted"

    def __pos__(self):
        return "positive"


def dicts(n):
    total = 0
    keys = []
    for i in range(n):
        d = {"a": i, "b": i + 1, i % 7: "x"}
        e = {"k": i, "v": -i}                     # BUILD_CONST_KEY_MAP
        f = {**d, "c": 3, **e}                    # DICT_UPDATE
        total += len(d) + len(f) + e["k"]
        if i % 997 == 0:
            keys.append(sorted(map(str, f)))
    return total, keys


def sets(n):
    acc = set()
    sizes = 0
    for i in range(n):
        s = {i % 5, i % 3, "s"}
        t = {*s, *range(i % 4)}                   # SET_UPDATE
        sizes += len(s) + len(t)
        acc |= s
    return sizes, sorted(map(str, acc))


def strings(n):
    out = []
    h = 0
    for i in range(n):
        x = i * 0.5
        s = f"{i}:{x:.2f}:{i!r}:{'q'!s:>4}:{i:#x}"
        h = (h * 31 + len(s)) % 1000003
        if i % 1500 == 0:
            out.append(s)
    return h, out


def formats(n):
    got = []
    for i in range(n):
        try:
            s = f"[{Fmt(i):spec}]"
        except ValueError as e:
            got.append(str(e))
            continue
        if i % 400 == 0:
            got.append(s)
    return got


def unhashable(n):
    made = 0
    for i in range(n):
        k = [i] if i == 1234 else i
        try:
            d = {k: 1}
            s = {k}
            made += len(d) + len(s)
        except TypeError as e:
            return made, str(e)
    return made, None


def lists(n):
    total = 0
    for i in range(n):
        l = [*range(i % 4), i]                    # LIST_EXTEND
        t = (*l, -1)                              # LIST_TO_TUPLE
        total += len(t) + t[-2]
    return total


def unary(n):
    acc = 0
    vals = []
    big = 2 ** 53 - 3
    for i in range(n):
        acc += ~i + +i
        if i == n // 2:
            vals.append(~(big + i % 4))           # near the end of the safe range
    for v in [5, 2 ** 53 - 1, 2 ** 60, -(2 ** 53) + 1, True, 2.5]:
        r = []
        for i in range(1200):
            try:
                r.append(~v)
            except TypeError as e:
                r.append(str(e))
            r.append(+v)
        vals.append((r[0], r[1], len(r)))
    for i in range(1200):
        x = Inv() if i > 600 else i
        y = ~x
        z = +x
    vals.append((y, z))
    return acc, vals


print(dicts(5000))
print(sets(5000))
print(strings(6000))
print(formats(1500))
print(unhashable(3000))
print(lists(4000))
print(unary(3000))
