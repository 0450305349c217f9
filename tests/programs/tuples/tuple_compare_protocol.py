# Tuple and list comparison call the items' __eq__ and then the operator in CPython's order,
# also when list.sort compares tuple keys; subclasses' overrides are still called.

log = []


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K(%r)" % self.v


def show(label, value):
    print(label, value, log[:])
    log.clear()


show("tuple <", (1, K(2), K(3)) < (1, K(2), K(4)))
show("tuple <=", (K(1), K(5)) <= (K(1), K(5)))
show("tuple ==", (K(1), K(2)) == (K(1), K(3)))
show("tuple != lengths", (K(1),) != (K(1), K(2)))
show("tuple > shorter", (K(1), K(2)) > (K(1),))
show("list <", [K(1), K(2)] < [K(1), K(0)])
show("list >=", [K(1)] >= [K(1), 0])

# Sorting tuples: the same calls as tuple.__lt__ makes.
keys = [(K(3), "c"), (K(1), "a"), (K(2), "b"), (K(1), "z")]
show("sorted", sorted(keys))
show("sorted key", sorted(["bb", "a", "ccc"], key=lambda s: (len(s) % 2, K(s))))
show("sorted reverse", sorted([(2, "x"), (1, "y"), (2, "a")], reverse=True))


# An __lt__ result that is not a bool is used for its truth.
class Weird:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return False

    def __lt__(self, other):
        return [1] if self.v < other.v else []


print([w[0].v for w in sorted([(Weird(2),), (Weird(1),), (Weird(3),)])])
print((Weird(1), 0) < (Weird(2), 0), (Weird(2), 0) < (Weird(1), 0))


# Subclasses overriding comparison keep their methods, in the sort too.
class RevTuple(tuple):
    def __lt__(self, other):
        return tuple.__gt__(self, other)


print(sorted([RevTuple((1, 2)), RevTuple((3, 4)), RevTuple((2, 0))]))
print(sorted([(1, 2), RevTuple((3, 4)), (2, 0)]))
print(RevTuple((1,)) < (2,), (2,) > RevTuple((1,)))


class EqList(list):
    def __eq__(self, other):
        return True

    def __lt__(self, other):
        return "yes"


print(EqList([1]) == [2], [2] == EqList([1]), EqList([1]) < [0], [0] > EqList([1]))

# Mixed types fail with CPython's message, naming the items' types.
for a, b in [((1, "a"), (1, 2)), ((1, 2), [1, 2]), ([None], [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2), [1, 2]])
except TypeError as e:
    print("TypeError:", e)

# Equal prefixes: the length decides; NaN is not equal to itself but identical items are ==.
nan = float("nan")
print((nan,) == (nan,), (nan,) < (nan,), [nan] == [float("nan")], (1, 2) < (1, 2, 0), () < (0,))
print(sorted([(1, 2, 3), (1, 2), (1,), (), (0, 9)]))
print(sorted([(2, (1, "b")), (1, (2, "a")), (2, (1, "a"))], key=lambda t: (-t[0], t[1])))


# A list whose item's __eq__ empties the list being compared.
class Clearer:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True


a = [0, 0]
a[0] = Clearer(a)
print(a == [1, 2], a)
b = [0, 5]
b[0] = Clearer(b)
print(b < [1, 7], b)

# A comparison that raises leaves the list a permutation of its items.
class Boom:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return False

    def __lt__(self, other):
        if self.v == 3:
            raise ValueError("boom")
        return self.v < other.v


items = [(Boom(v),) for v in [5, 1, 4, 3, 2]]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e, sorted(t[0].v for t in items))

# Slices compare as (start, stop, step) tuples.
print(slice(1, 2) < slice(1, 3), slice(1, 2, 3) == slice(1, 2, 3), slice(None, 0) == slice(0), slice(1, 2) != slice(1, 2, None))
