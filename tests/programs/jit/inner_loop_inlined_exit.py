# An inner loop's trace that leaves inside a call it inlined (the lambda's guard fails on a value
# the recording did not see), while the outer loop is recorded or runs its compiled trace.
def table(f, vals):
    acc = 0
    for x in vals:
        for y in vals:
            acc = acc + f(x, y)
    return acc

print(table(lambda x, y: x - y, [3, 4, 2.5]))
print(table(lambda x, y: x * y, [3, 4, 2**60]))
print(table(lambda x, y: x & y, [3, -(2**53 - 1), -2]))
print(table(lambda x, y: x + y, list(range(50)) + [0.5] + list(range(50))))
print(table(lambda x, y: x + y, list(range(30)) + [2**53] + list(range(30))))
print(table(lambda x, y: x ^ y, list(range(60)) + [-(2**53 - 1)]))
