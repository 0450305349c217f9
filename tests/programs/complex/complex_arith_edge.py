# Complex arithmetic that is exactly determined: +,-,*,/ and integer powers, abs of Pythagorean values
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, b / a, a * a.conjugate(), abs(a), abs(5 - 12j), abs(-8j))
print(a ** 2, a ** 3, b ** 4, a ** 0, a ** 1, (1 + 1j) ** 8, 1j ** 4, 1j ** 3, (-1j) ** 2)
print(a ** -1, (2 + 0j) ** -2, (1j) ** -1)
print(complex(2, 3) * 2, complex(2, 3) * 2.5, 2 / complex(0, 1), complex(6, 8) / 2)
print((1 + 2j) == (1 + 2j), (1 + 2j) != (1 - 2j), 1 + 0j == 1 + 0j, complex(1, 0) == True)
z = 0j
for k in range(1, 6):
    z += complex(k, -k) * k
print(z, z.real, z.imag, -z, +z)
print(1e300j * 1e300j, (1e200 + 1e200j) * 1e200, complex(1e308, 1e308) * 10)
print(divmod.__name__, (6 + 8j) / (3 + 4j), (1 + 1j) / (1 - 1j), 1 / (1 + 1j))
