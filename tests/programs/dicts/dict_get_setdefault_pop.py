# get/setdefault/pop/popitem/update semantics in detail, including LIFO popitem and default evaluation
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", []), d)
calls = []
def dflt():
    calls.append(1)
    return "computed"
print(d.get("a", dflt()), calls)
print(d.setdefault("b"), d, d.setdefault("b", 5), d)
print(d.setdefault("c", []).append(1) or d)
print(d.pop("a"), d.pop("a", None), d)
d.update(x=1, y=2)
d.update({"z": 3}.items())
d.update([["w", 4]])
print(d)
order = []
while d:
    order.append(d.popitem())
print(order)
try:
    d.update([("only-one",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.setdefault([], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get([])
except TypeError as e:
    print(type(e).__name__, e)
