# and/or return operands, short-circuit, truthiness of builtin types
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or 0)
print([] and [1], [1] and [], "" or "default", "x" or "default")
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not t(""))
for v in [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False]:
    print(repr(v), bool(v))
for v in [1, -0.5, 1j, " ", b"\0", [0], (0,), {0: 0}, {0}, range(1), True, ...]:
    print(repr(v), bool(v))
print(bool(-0.0), bool(float('nan')), bool(float('inf')))
x = 0
y = x or 42
print(y, x == 0 or "no")
print((True and "a") + (False or "b"))
print(1 if [] else 2, 1 if [[]] else 2)
