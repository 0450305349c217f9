# Mapping patterns: required keys, **rest, extra keys allowed, value patterns as keys, get() usage on subclasses
def m(d):
    match d:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"other type {t}"
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"
for d in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red"}, {"type": "sq"}, {}, {"x": 1}, [("type", "point")], "type"]:
    print(repr(d), "->", m(d))
class Keys:
    A = "a"
match {"a": 1, 1: "one", None: "n"}:
    case {Keys.A: v, 1: w, None: n}:
        print("value and literal keys", v, w, n)
class Tracking(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
match Tracking(a=1, b=2):
    case {"a": 1, **rest}:
        print("matched Tracking, rest =", rest)
class Missing(dict):
    def __missing__(self, key):
        return "from missing"
match Missing(a=1):
    case {"b": v}:
        print("missing used?", v)
    case _:
        print("__missing__ not used by mapping patterns")
try:
    exec("match {}:\n    case {'a': 1, 'a': 2}:\n        pass\n")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
