# while loops: sentinel loops, nested break/continue, else clause, loop over mutating containers
queue = [1, 2, 3]
processed = []
while queue:
    item = queue.pop(0)
    processed.append(item)
    if item < 3:
        queue.append(item + 10)
print(processed)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
found = None
x = 0
while x < 10:
    if x * x > 30:
        found = x
        break
    x += 1
else:
    print("not found")
print("found", found)
y = 0
while y < 3:
    y += 1
else:
    print("else after normal exit", y)
grid = [[1, 2], [3, 4], [5, 6]]
r = 0
while r < len(grid):
    c = 0
    while c < len(grid[r]):
        if grid[r][c] == 4:
            break
        c += 1
    else:
        r += 1
        continue
    print("found 4 at", r, c)
    break
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
