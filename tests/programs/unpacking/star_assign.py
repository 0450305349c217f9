# Starred assignment targets in all positions, nested, with strings and iterators; errors
a, *b = [1, 2, 3]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
head, *tail = iter(range(4))
print(head, tail, type(tail).__name__)
first, *_, last = "abcdef"
print(first, last, _)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = "a"
except ValueError as e:
    print(type(e).__name__, e)
for src in ["*a, *b = [1, 2]", "*a = [1]", "a, *b, *c = [1, 2, 3]"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
x = [1, 2, 3]
x[0], *x[1:] = "abc"
print(x)
d = {}
d["a"], *d["rest"] = range(4)
print(d)
