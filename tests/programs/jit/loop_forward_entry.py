# Functions whose loops have traces, called again and again: the trace runs from the loop's
# first iteration (entered before the loop, not at its back edge). Locals that have another
# kind before the loop than at its back edge, loops left in their first iteration, loops in
# generators and under try, and exceptions from the first iteration.


def escape(c, limit):
    n, w = 0, c
    while True:
        if n >= limit:
            break
        w = w * w * 0.5 - c
        size = w.imag * w.imag + w.real * w.real
        if size > 9.0:
            return n
        n = n + 1
    return -n


def acc(n):
    t = 0          # an int before the loop, a float after its first iteration
    for i in range(n):
        t += 0.5
    return t


def first_exit(xs):
    for x in xs:
        if x < 0:
            return "negative"
    return "done"


def gen(n):
    k = 0
    while k < n:
        yield k * k
        k += 1


def guarded(xs):
    total = 0
    try:
        for x in xs:
            total += 10 // x
    except ZeroDivisionError:
        return ("zero", total)
    return ("ok", total)


counts = [escape(complex(-2.0 + 0.01 * i, 0.3), 40) for i in range(400)]
print(sum(counts), counts[:12], counts[-5:])
print(sum(acc(k) for k in range(300)), acc(0), acc(1), type(acc(0)).__name__, type(acc(3)).__name__)
print([first_exit([1, 2, -1] if i % 3 else [-5]) for i in range(6)], first_exit(range(2000)))
print(sum(sum(gen(k)) for k in range(200)), list(gen(5)))
res = [guarded([1, 2, 5] if i % 7 else [0, 1]) for i in range(500)]
print(res[:3], res[7], sum(r[1] for r in res))
# a loop whose trace was made for ints, entered with a str (its entry guards fail: interpreted)
def join(parts, sep):
    out = parts[0]
    for p in parts[1:]:
        out = out + sep + p
    return out
print(join([1] * 3000, 0) if False else sum(join([1] * 50, 2) for _ in range(100)), join(["a", "b", "c"], "-"))
