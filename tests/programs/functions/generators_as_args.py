# Passing generator expressions as sole arguments (no extra parens), with other args requiring parens
print(sum(x * x for x in range(5)))
print(max((len(w), w) for w in ["a", "abc", "ab"]))
print(sorted((x % 3 for x in range(7)), reverse=True))
print("".join(c for c in "a1b2" if c.isalpha()))
print(dict((k, k * 2) for k in "ab"), list(zip((i for i in range(3)), "xyz")))
try:
    exec("sum(x for x in range(3), 0)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(sum((x for x in range(3)), 10))
def consume(it, n):
    return [next(it) for _ in range(n)]
g = (i * 10 for i in range(100))
print(consume(g, 3), consume(g, 2))
print(any(ch.isdigit() for ch in "abc9"), all(n > 0 for n in []))
