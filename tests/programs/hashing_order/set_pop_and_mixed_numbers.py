# set.pop order, sets of mixed int/float/bool (equal values collapse), large ints and negative ints
s = {3, 1.0, True, 2.5, 0, False, -0.0, 7}
print(s, len(s))
print({1, 1.0, True}, {1.0, 1, True}, {True, 1, 1.0})
print({-1, -2, -3, -(2 ** 61), 2 ** 61, 2 ** 62, -(2 ** 62)})
print({2 ** 64, 2 ** 64 + 1, 2 ** 65, 5})
nums = set(range(1, 30, 4))
order = []
while nums:
    order.append(nums.pop())
print(order)
m = {0.5, 1.5, 2.5, 0.25}
print(m, [m.pop() for _ in range(2)], m)
