# Hot loops that iterate over a generator made just before (`for x in gen(...)`), as the JIT
# records them: the generator is the loop's own, so leaving the inner loop by `break` closes it
# at once (its finally runs then), as CPython's reference counting does.

log = []


def numbers(n, tag):
    try:
        for i in range(n):
            yield i * 2 + tag
    finally:
        log.append(("closed", tag, n))


def pairs(n):
    k = 0
    while k < n:
        yield k, k * k
        k += 1


def total_of_all(rounds):
    total = 0
    for r in range(rounds):
        for v in numbers(r % 5, r % 3):
            total += v
    return total


def first_big(rounds):
    found = 0
    for r in range(rounds):
        for v in numbers(10, r % 7):
            if v > 12:
                found += v
                break
    return found


def sum_pairs(rounds):
    s = 0
    for r in range(rounds):
        for a, b in pairs(r % 6):
            s += a + b
    return s


class Countdown:
    """An iterator class: POP_TOP of it after a break closes nothing."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def mixed(rounds):
    s = 0
    for r in range(rounds):
        if r % 50 == 49:
            for v in numbers(4, 1):
                if v >= 2:
                    s += v
                    break
        else:
            for v in Countdown(4):
                if v >= 2:
                    s += v
                    break
    return s


print(total_of_all(2000))
print(len(log), log[:3], log[-2:])
log.clear()
print(first_big(1500))
print(len(log), log[:2], log[-2:])
log.clear()
print(sum_pairs(3000))
print(mixed(1000))
print(len(log), log[-1:])
