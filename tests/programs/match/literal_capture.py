# match: literal patterns, capture, wildcard, or-patterns, guards, value patterns (dotted names)
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True literal"
        case None:
            return "None literal"
        case 2j:
            return "complex"
        case n if isinstance(n, int) and n > 100:
            return f"big {n}"
        case _:
            return f"other {x!r}"
for v in [0, 2, -1, 1.5, "hi", b"bytes", True, None, 2j, 1000, 50, "x", 1.0, False]:
    print(repr(v), "->", describe(v))
class Color:
    RED = "red"
    GREEN = "green"
def color_name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case other:
            return "unknown " + other
print(color_name("red"), color_name("green"), color_name("blue"))
x = 5
match x:
    case y:
        print("captured", y)
print("y after match:", y)
match 3:
    case 1 | 2:
        print("no")
    case (3 | 4) as z:
        print("or with as", z)
match "abc":
    case str() as s if len(s) > 5:
        print("long")
    case str() as s:
        print("short str", s)
