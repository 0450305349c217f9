# Chained comparisons evaluate middle operands once and short-circuit
calls = []
def f(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(f(1) < f(2) < f(3), calls)
calls.clear()
print(f(3) < f(2) < f(1), calls)
calls.clear()
print(f(1) < f(5) > f(2) == f(2), calls)
print(1 < 2 > 0 < 5 >= 5 <= 5)
a = [1, 2]
b = a
print(a is b, a is not b, a == [1, 2], a is [1, 2])
print(2 in a in [[1, 2]], 3 not in a)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9], "abc" < "abd", "Z" < "a")
print(1 == 1.0, 1 == True, 0 == False, 0.1 + 0.2 == 0.3)
print(float('nan') == float('nan'), float('nan') != float('nan'))
n = float('nan')
print(n is n, [n] == [n], (n,) == (n,))
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1} < {1, 2}, {1, 2} <= {1, 2}, {1} > {2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({} < {})
except TypeError as e:
    print(type(e).__name__, e)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
