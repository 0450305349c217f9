# Sequence patterns match list/tuple/range/memoryview-like sequences but not str/bytes/bytearray; length checks use len()
def kind(v):
    match v:
        case [int(), int()] as pair:
            return f"two ints {list(pair)}"
        case [str() as s, *rest]:
            return f"starts with str {s!r}, {len(rest)} more"
        case []:
            return "empty sequence"
        case str() | bytes() | bytearray():
            return "string-like (not a sequence pattern)"
        case _:
            return "other"
for v in [[1, 2], (3, 4), range(2), ["a", 1, 2], ("b",), [], (), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, iter([1, 2]), [1.0, 2], memoryview(b"\x01\x02")]:
    print(type(v).__name__, "->", kind(v))
class Seqlike:
    def __len__(self):
        print("len called")
        return 2
    def __getitem__(self, i):
        return [5, 6][i]
try:
    import sys
    match Seqlike():
        case [a, b]:
            print("matched", a, b)
        case _:
            print("Seqlike is not a registered Sequence: no match")
except Exception as e:
    print(type(e).__name__, e)
