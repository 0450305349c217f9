# Floor division and modulo sign rules for ints and floats, zero division errors
for a in (7, -7, 0):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
for a in (7.5, -7.5):
    for b in (2, -2, 0.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0, 5 % float('inf'), -5 % float('inf'))
print(divmod(1, float('inf')), divmod(-1, float('inf')))
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "1.0 // 0", "1.0 % 0.0", "divmod(1.0, 0)", "1 / 0.0", "0 ** -1", "0.0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
print(10 ** 30 // -7, 10 ** 30 % -7)
print(True // 1, True % 2, 5 // True)
print(-7 // 2.0, -7 % 2.0, 7 // -2.0)
