# Lexicographic tuple comparison, sorting records, tuple as dict keys with mixed numeric types
pts = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pts), max(pts), min(pts), sorted(pts, key=lambda p: p[1]))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (0, 9) < (1,), () < ((),), (1, 2) == (1.0, 2.0))
print((1, float("nan")) == (1, float("nan")), (1, [2]) == (1, [2]), (None,) == (None,))
d = {(1, 2): "a", (1.0, 2.0): "b", (True, 2): "c"}
print(d, len(d))
print(sorted([(3, -1), (3, -2), (-1, 100)], reverse=True))
grid = {}
for x in range(3):
    for y in range(2):
        grid[x, y] = x * 10 + y
print(grid[2, 1], grid[(0, 0)], list(grid)[:3])
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), (1, 2, 3)[::-1], (1, 2, 3)[1:] + (4,))
print((1, 2).count(3), (1, 1, 1).count(1), ("a", "b", "a").index("a", 1), (1, 2, 3).index(3, -1))
