# Sequence patterns: fixed length, star captures, nested, what counts as a sequence (not str/bytes/dict)
def m(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
for s in [[], [1], (1, 2), [0, 1, 2, 3], [5, 6, 7], range(4), "ab", b"ab", {1: 2}, {1, 2}]:
    try:
        print(repr(s), "->", m(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
def nested(p):
    match p:
        case [(x, y), [z, *w]]:
            return ("nested", x, y, z, w)
        case [[[deep]]]:
            return ("deep", deep)
        case (a, b, *c) if len(c) > 2:
            return ("long", a, b, c)
        case _:
            return "none"
print(nested([(1, 2), [3, 4, 5]]), nested([[[9]]]), nested(list(range(6))), nested([1]))
def star_positions(s):
    match s:
        case [*init, "end"]:
            return ("ends with end", init)
        case ["start", *tail]:
            return ("starts", tail)
        case [*all_]:
            return ("all", all_)
print(star_positions(["a", "b", "end"]), star_positions(["start", 1, 2]), star_positions(()))
import sys
class MySeq:
    def __len__(self): return 2
    def __getitem__(self, i): return [10, 20][i]
match MySeq():
    case [a, b]:
        print("custom sequence?", a, b)
    case _:
        print("custom class without Sequence registration does not match")
match (1, [2, 3]):
    case (1, [2, 3] as inner) as whole:
        print("as captures", inner, whole)
