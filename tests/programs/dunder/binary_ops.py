# All binary operator dunders, their reflected forms and in-place forms
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V({self.n})"
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or"]
def make(op):
    def fwd(self, other):
        return f"{self!r}.__{op}__({other!r})"
    def rev(self, other):
        return f"{self!r}.__r{op}__({other!r})"
    def inp(self, other):
        return f"{self!r}.__i{op}__({other!r})"
    return fwd, rev, inp
for op in ops:
    fwd, rev, inp = make(op)
    setattr(V, f"__{op}__", fwd)
    setattr(V, f"__r{op}__", rev)
    if op != "divmod":
        setattr(V, f"__i{op}__", inp)
a = V(1)
print(a + 2, 2 + a, a - 2, 2 - a, a * 2, 2 * a, a @ 2, 2 @ a)
print(a / 2, 2 / a, a // 2, 2 // a, a % 2, 2 % a, divmod(a, 2), divmod(2, a))
print(a ** 2, 2 ** a, pow(a, 2), a << 2, 2 << a, a >> 2, 2 >> a)
print(a & 2, 2 & a, a ^ 2, 2 ^ a, a | 2, 2 | a)
x = V(5)
x += 1; print(x)
x = V(5)
x -= 1; print(x)
x = V(5)
x *= 1; print(x)
x = V(5)
x @= 1; print(x)
x = V(5)
x /= 1; print(x)
x = V(5)
x //= 1; print(x)
x = V(5)
x %= 1; print(x)
x = V(5)
x **= 1; print(x)
x = V(5)
x <<= 1; print(x)
x = V(5)
x >>= 1; print(x)
x = V(5)
x &= 1; print(x)
x = V(5)
x ^= 1; print(x)
x = V(5)
x |= 1; print(x)
print(a + a, V(1) * V(2))
