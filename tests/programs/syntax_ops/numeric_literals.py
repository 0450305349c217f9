# Numeric literal forms
print(0x1F, 0o17, 0b1011, 0X1f, 0O17, 0B11)
print(1_000_000, 0x_FF_FF, 0b_1010_1010, 1_0.5_5, 1e1_0)
print(1e3, 1E-3, 1.5e+2, .5, 5., 0e0, 00, 0_0)
print(1j, 2.5j, 1e3j, 0j, 10J)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(1.7976931348623157e308, 1e309, 5e-324, 1e-400)
print(type(1), type(1.0), type(1j), type(0x10))
print(3.14159265358979323846264338327950288)
print(0.1, 0.2, 0.30000000000000004, 1/3)
print(1_2.3_4e1_0)
for src in ["0777", "1__0", "0x", "1_", "0b2", "0o8"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(src, "->", e.msg)
