# Big-integer heavy computations: pi digits (Machin), e digits, sqrt(2) digits via integer Newton iteration
def arctan_inv(x, one):
    total = term = one // x
    x2 = x * x
    n, sign = 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total
def pi_digits(n):
    one = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, one) - arctan_inv(239, one))
    return str(pi // 10 ** 10)
p = pi_digits(200)
print(p[0] + "." + p[1:])
def e_digits(n):
    one = 10 ** (n + 10)
    total, term, k = 0, one, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
e = e_digits(100)
print(e[0] + "." + e[1:])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
s = str(isqrt(2 * 10 ** 200))
print(s[0] + "." + s[1:], isqrt(10 ** 40), isqrt(99), isqrt(2 ** 127) ** 2 <= 2 ** 127 < (isqrt(2 ** 127) + 1) ** 2)
print(sum(map(int, p)), p.count("9"), p.find("999999") if "999999" in p else "no Feynman point in 200 digits")
