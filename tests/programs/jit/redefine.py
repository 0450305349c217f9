# A function, a global and a class attribute rebound while the loop that uses them is hot.
def double(x):
    return 2 * x

SCALE = 1

class Shape:
    sides = 3
    def area(self):
        return 10

def run(n):
    global SCALE
    total = 0
    s = Shape()
    for i in range(n):
        if i == n // 3:
            SCALE = 10
        if i == n // 2:
            Shape.sides = 4
            Shape.area = lambda self: 20
        total += double(i) * SCALE + s.sides + s.area()
    return total

print(run(3000))

def swap_builtin(n):
    t = 0
    for i in range(n):
        t += len("abc")
        if i == n // 2:
            globals()["len"] = lambda s: 100
    return t

print(swap_builtin(2000))
del len
print(len("abc"))
