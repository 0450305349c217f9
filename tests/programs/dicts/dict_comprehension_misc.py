# dict comprehensions, nested dicts, equality with views, repr of recursion, sorting by value
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if k % 2})
words = ["apple", "bob", "cat", "anna", "bill"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({w: len(w) for w in words})
print(sorted(squares.items(), key=lambda kv: -kv[1])[:3])
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
r = {}
r["self"] = r
print(r)
inv = dict(map(reversed, {"x": 1, "y": 2}.items()))
print(inv)
print(dict(enumerate("abc")), dict(zip(range(3), range(3, 6))))
print(max(squares, key=squares.get), min(squares.values()), sum(squares.values()))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
print({k: v for k, v in zip("aab", [1, 2, 3])})
print(dict.fromkeys("aab", 0))
