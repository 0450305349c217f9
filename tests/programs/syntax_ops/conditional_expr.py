# Conditional expressions, nesting and laziness
def side(x):
    print("side", x)
    return x
for i in range(4):
    print("even" if i % 2 == 0 else "odd", "zero" if i == 0 else "one" if i == 1 else "many")
print(side(1) if True else side(2))
print(side(1) if False else side(2))
f = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([f(n) for n in (-3, 0, 3)])
x = [1, 2, 3]
print(x[0] if x else None, [][0] if [] else None)
print((lambda: 1 if 0 else 2)())
a = 1 if (2 if 0 else 0) else 3
print(a)
print(*(i if i % 3 else "fizz" for i in range(1, 10)))
