# Matrix class with @ operator, transpose, determinant (fractions-free ints), equality and repr
class M:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __matmul__(self, o):
        n, k = self.shape
        k2, m = o.shape
        if k != k2:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return M([[sum(self.rows[i][t] * o.rows[t][j] for t in range(k)) for j in range(m)] for i in range(n)])
    def __add__(self, o):
        return M([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, s):
        return M([[v * s for v in r] for r in self.rows])
    __rmul__ = __mul__
    def T(self):
        return M(zip(*self.rows))
    def det(self):
        n = len(self.rows)
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * M([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return "M(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(f"{v:>{w}}" for v in r) for r in self.rows)
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, a + b, 2 * a, a * 3, a.T(), sep="\n")
print(repr(a @ a), a.det(), M([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
ident = M([[1, 0], [0, 1]])
print(a @ ident == a, ident @ a == a, a.shape, M([[1, 2, 3]]).T().shape)
try:
    a @ M([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
p = a
for _ in range(5):
    p = p @ a
print(p)
print(M([[1.5, 2], [0, 0.25]]) @ M([[2], [4]]))
