# Constant expressions give the same results whether or not the compiler folds them; errors stay lazy
print(2 ** 100, -2 ** 2, (-2) ** 2, 2 ** -1, 10 // 3, -10 // 3, 10 % -3, 7 / 2)
print("ab" * 3, 3 * "ab", "x" + "y" + "z", b"a" * 2, (1, 2) * 2, (1,) + (2, 3))
print(not True, not 0, ~7, -(-3), +(-3), 1 << 64, 0xFF & 0x0F, 0b1010 ^ 0b0110)
print(1 < 2 < 3, "a" < "b", (1, 2) < (1, 3), 1 if 0 else 2, 0 or "default", 1 and "second")
print(0.1 + 0.2, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5, 1 / 3, 1 == 1.0)
print("a" "b" 'c', f"{1 + 1}", -0.0, 0.0 * -1, 3 - 3.0)
def lazy_errors():
    if False:
        return 1 / 0
    return "no ZeroDivisionError at definition or when branch not taken"
print(lazy_errors())
def lazy_big():
    if False:
        return "x" * (10 ** 12)
    return "big repetition never evaluated"
print(lazy_big())
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("runtime:", e)
try:
    print((1, 2)[5])
except IndexError as e:
    print("runtime:", e)
try:
    print("abc"[10])
except IndexError as e:
    print("runtime:", e)
x = (1, 2, 3)
print(x[1], x[-1], "hello"[1:3], -(2 ** 63), 2 ** 63 - 1, (2 ** 64) // 3)
print(type(1 + 0j), 1 + 0j, 2j * 2j, 1j ** 2)
print((lambda: 2 * 3 + 4)(), [1, 2, 3][1:], {1, 2} | {3}, {"a": 1}["a"])
print(None is None, ... is Ellipsis, True + True, True * 3.5, 10 ** -2)
