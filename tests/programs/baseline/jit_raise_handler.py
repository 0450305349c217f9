# A compiled function whose loop the JIT runs, with the exception raised inside the loop caught
# by a handler in the same function: the handler goes on with the frame's values (the JIT ran
# instructions on the frame, not on the compiled code's registers), and the loop with them.


def steps(n):
    for i in range(n):
        yield i


def drain(gens):
    results = [None] * len(gens)
    pending = list(enumerate(gens))
    rounds = 0
    while pending:
        still = []
        for idx, g in pending:
            try:
                next(g)
                still.append((idx, g))
            except StopIteration:
                results[idx] = rounds
        pending = still
        rounds += 1
    return results


def parse_all(items):
    good = bad = 0
    out = []
    for s in items:
        try:
            out.append(int(s))
            good += 1
        except ValueError as e:
            bad += 1
            out.append(str(e)[:20])
    return good, bad, out[-2:]


total = 0
for k in range(300):
    r = drain([steps(j % 7) for j in range(k % 13 + 1)])
    total += sum(r) * (k + 1)
print(total)
print(drain([steps(3), steps(0), steps(5)]))
items = [str(i) if i % 4 else "x%d" % i for i in range(3000)]
for k in range(60):
    res = parse_all(items[k:])
print(res)
