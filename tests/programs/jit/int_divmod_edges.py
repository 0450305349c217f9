# Floor division and modulo of ints near 2**53 and of every sign, in a hot loop (the JIT's
# int_floordiv / int_mod) and in plain code (the baseline tier's inline paths for b > 0).
def table():
    nums = [0, 1, 7, -7, -8, 8, 2**53 - 1, -(2**53 - 1), 2**52 + 3, -4, 10**15 + 7, 2**53, -(2**53)]
    dens = [1, 2, 3, 7, 8, 10**9 + 7, 2**31, -3, -1, -(2**40)]
    for a in nums:
        for b in dens:
            print(a, b, a // b, a % b, divmod(a, b))


def hot(a, b, n):
    # The same division many times: the loop is compiled with the values as they are.
    q = r = 0
    for i in range(n):
        q = a // b
        r = a % b
    return q, r


def mixed(n):
    total = 0
    for i in range(n):
        a = (i * 7919) % 2003 - 1000
        b = (i % 13) - 6 or 5
        total += a // b * 3 + a % b
    return total


table()
for a, b in [(2**53 - 1, -3), (-(2**53 - 1), 3), (-(2**53 - 1), 7), (2**53 - 1, 2), (-4, 2), (0, -3), (-6, -3), (10, 4)]:
    print(a, b, hot(a, b, 3000))
print(mixed(5000))
x = hot(-4, 2, 2000)[1]
print(x, repr(x), -x)
