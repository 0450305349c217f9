# Nested comprehensions: matrix ops, flattening with conditions, comprehension inside comprehension conditions
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print([sum(row) for row in m], sum(x for row in m for x in row))
print([row for row in m if any(x > 7 for x in row)])
print({i: [j for j in range(i) if j % 2 == 0] for i in range(6)})
print([(i, j, k) for i in range(3) for j in range(i) for k in range(j)])
print([[c for c in word if c not in "aeiou"] for word in ["hello", "world"]])
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(pascal[-1], [sum(r) for r in pascal])
print(sorted({(a, b) for a in range(4) for b in range(4) if a < b and (a + b) % 2}))
print([[y for y in range(x)] for x in [y * 2 for y in range(3)]])
