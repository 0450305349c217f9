# Star and double-star in displays and calls: lists, tuples, sets, dicts, merging order
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *b, *"xy"])
print({**{"x": 1}, "y": 2, **{"x": 3}}, {"x": 0, **{"x": 1}})
print(*a, *b, sep="-")
print([*range(3), *{5: 0, 6: 0}], [*(i for i in range(2))])
t = *a, *b
print(t, type(t).__name__)
s = {*"aab"} == {"a", "b"}
print(s)
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **{"k": 1}, **{"j": 2}))
print(f(*"ab", x=1, **{"y": 2}))
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
nested = [*[*[1, 2], 3], 4]
print(nested)
print(len([*range(1000)]), sum({*range(10)}))
