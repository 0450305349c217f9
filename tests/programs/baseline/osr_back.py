# A function called once whose outer loop the JIT does not trace (it uses a starred unpacking)
# runs as compiled code; its inner loops are traced, and their exits change as the data does
# (new branches, bridges), so the compiled code is sometimes left for the interpreter, which
# hands the frame back to it at the next loop header. Exceptions raised in either tier, and the
# same in a generator.


def work(rounds):
    acc = 0
    rows = [[i, i * 2, i % 5] for i in range(24)]
    for r in range(rounds):
        first, *mid, last = (r, r + 1, r + 2, r + 3)
        acc += first + last + len(mid)
        for a, b, c in rows:
            if r > 300 and c == 3:
                acc -= b
            elif r > 600 and a % 7 == 1:
                acc += a * 3
            else:
                acc += a + c
        k = 0
        while k < 5:
            try:
                if r % 97 == 0 and k == 2:
                    raise ValueError(r)
                acc += k
            except ValueError as e:
                acc += e.args[0] % 11
            k += 1
        if r == 800:
            rows.append([1.5, 2.5, 3])
        acc %= 1000000007
    return acc


def gen_work(rounds):
    total = 0
    for r in range(rounds):
        head, *tail = (r, r * 2, r * 3)
        for x in tail:
            total += x if r < 400 else -x
        yield total


print(work(1200))
print(sum(gen_work(900)))
try:
    for v in gen_work(10**9):
        if v < -10**7:
            raise OverflowError(v)
except OverflowError as e:
    print("stopped", type(e.args[0]).__name__)
