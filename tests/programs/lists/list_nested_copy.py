# Shallow vs deep copying of nested lists by hand, aliasing through multiplication, identity checks
grid = [[0] * 3 for _ in range(3)]
alias = [[0] * 3] * 3
grid[0][0] = 1
alias[0][0] = 1
print(grid, alias)
shallow = grid[:]
shallow[1][1] = 5
shallow[2] = ["new"]
print(grid, shallow)
def deep(x):
    return [deep(e) for e in x] if isinstance(x, list) else x
d = deep(grid)
d[0][1] = 9
print(grid, d, d == grid, d[2] is grid[2])
c = list(grid)
print(c == grid, c is grid, c[0] is grid[0], grid.copy()[0] is grid[0])
a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
b2 = b
b += [5]
print(b, b2, b is b2)
nested = [1, [2, [3, [4]]]]
flat = []
stack = [nested]
while stack:
    cur = stack.pop()
    for item in reversed(cur):
        if isinstance(item, list):
            stack.append(item)
        else:
            flat.append(item)
print(flat)
