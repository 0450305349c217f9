# Guards see captured names; guard evaluation order and side effects; names bound even when guard fails
calls = []
def check(tag, result):
    calls.append(tag)
    return result
def classify(p):
    match p:
        case (x, y) if check("g1", x == y):
            return f"equal pair {x}"
        case (x, y) if check("g2", x > y):
            return f"descending {x}>{y}"
        case (x, _) if check("g3", x < 0):
            return "negative first"
        case (x, y):
            return f"other {x},{y}"
        case _:
            return "not a pair"
for p in [(1, 1), (3, 2), (-1, 5), (1, 2), "ab", [7, 7]]:
    calls.clear()
    print(repr(p), "->", classify(p), calls)
match (10, 20):
    case (a, b) if a > b:
        pass
    case _:
        print("guard failed but names bound:", a, b)
def nested(v):
    match v:
        case {"kind": "num", "value": int(n) | float(n)} if n >= 0:
            return f"non-negative number {n}"
        case {"kind": "num", "value": n}:
            return f"other number {n!r}"
        case {"kind": "list", "items": [*items]} if all(isinstance(i, int) for i in items):
            return f"int list of {len(items)}"
        case {"kind": k}:
            return f"unknown kind {k}"
for v in [{"kind": "num", "value": 5}, {"kind": "num", "value": -2.5}, {"kind": "num", "value": "x"}, {"kind": "list", "items": [1, 2]}, {"kind": "list", "items": [1, "a"]}, {"kind": "set"}, {}]:
    print(nested(v))
