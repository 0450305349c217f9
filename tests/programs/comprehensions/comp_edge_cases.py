# Comprehension edge cases: iteration over mutated sources, exceptions inside, generator-exp in class body, async-free nesting
src = [1, 2, 3]
print([src.append(x) or x for x in src[:]] , src)
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(A.doubled, A.total)
def outer():
    items = [3, 1, 2]
    return sorted(x for x in items), [x for x in items if x > min(items)]
print(outer())
print([[x for x in range(3)] for x in "ab"])
x = "global x"
print([x for x in range(2)], x)
print([(i, j) for i in range(3) if i for j in range(i) if j])
gens = [(i for _ in range(2)) for i in range(3)]
print([list(g) for g in gens])
print(list(map(lambda t: t[0] * t[1], [(1, 2), (3, 4)])))
print([k for k in {"b": 1, "a": 2}])
print([i for i in iter(lambda c=iter(range(5)): next(c), 3)])
def gen_with_return():
    yield 1
    return 99
print([v for v in gen_with_return()])
try:
    [i for i in range(3) if undefined_in_condition]
except NameError as e:
    print(type(e).__name__, e)
print([i for i in range(5)][::-1], [c * 2 for c in "ab"] * 2)
