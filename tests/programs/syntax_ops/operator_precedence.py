# Operator precedence across the grammar
print(not 1 == 2, not (1 == 2))
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3 & 4, 1 | (2 ^ 3) & 4)
print(1 + 2 << 3, 1 + (2 << 3))
print(-3 ** 2, (-3) ** 2, 2 ** -1)
print(~1 + 1, ~(1 + 1))
print(2 * 3 ** 2, (2 * 3) ** 2)
print(1 < 2 == True, (1 < 2) == True)
print(1 if 0 else 2 or 3, (1 if 0 else 2) or 3)
z = 2
print((lambda: 1 if False else z is not None)())
f = lambda x: x or 5 and 6
print(f(0), f(1))
print(3 - 2 - 1, 2 ** 2 ** 3, 100 // 10 // 3)
print(5 % 3 * 2, 5 * 3 % 2)
print([1, 2] * 2 + [3], "a" + "b" * 3)
print(not not 0, - - 1, + - 1, ~ ~ 5)
print(1 in [1] == True, (1 in [1]) == True)
a = 5
print(a > 3 and a < 10 or a == 0)
print(2 ** 3 * 4, 2 * 3 ** 4 // 5 % 7)
print(-2 ** -2, 2 ** -2 ** 2)
print(await_ if (await_ := 1) else 0)
