# Loop-invariant code motion: values a hot loop reads but does not change (a global, a float
# parameter, an object's attribute, a list's length, a type's methods) move out of the loop in
# compiled traces; what changes them later in the loop (a call in a branch that gets hot, a
# store through another name, a branch that rebinds the "invariant" local) must be seen.

LIMIT = 10


def set_limit(v):
    global LIMIT
    LIMIT = v


def global_rebound(n):
    total = 0
    for i in range(n):
        if i > 3000 and i % 7 == 0:
            set_limit(LIMIT + 1)      # a call in a branch that gets hot: a bridge with a call
        total += LIMIT
    return total, LIMIT


def local_rebound(n, scale):
    acc = 0.0
    for i in range(n):
        if i > 2500 and i % 5 == 0:
            scale = scale + 1          # the "invariant" local becomes loop-carried
        acc += scale * 0.5
    return acc, scale


class Box:
    def __init__(self, v):
        self.v = v


def alias_store(n):
    a = Box(1.5)
    b = a
    t = 0.0
    for i in range(n):
        t += a.v
        if i % 1000 == 999:
            b.v = b.v + 1.0            # a store of the same attribute through another name
    return t, a.v


def list_grows(n):
    items = [1, 2, 3]
    s = 0
    for i in range(n):
        s += len(items) + items[-1]
        if i % 500 == 0:
            items.append(i)            # the list's length and items change (a call)
    return s, len(items)


def guarded_index(n, data, j):
    s = 0
    for i in range(n):
        if j < len(data):              # the index is invariant, in range only for some calls
            s += data[j]
        else:
            s -= 1
    return s


def type_changes(n):
    class C:
        def f(self):
            return 1

    c = C()
    s = 0
    for i in range(n):
        s += c.f()
        if i == 4000:
            C.f = lambda self: 2       # the class's version changes mid-loop
    return s


def int_then_float(n, k):
    s = 0
    for i in range(n):
        s += k * 2                     # k: an int in one call, a float in the next
    return s


print(global_rebound(10000))
print(local_rebound(8000, 1.0))
print(alias_store(6000))
print(list_grows(5000))
for j in (0, 3, 10, 2):
    print(guarded_index(3000, [5, 6, 7, 8], j))
print(type_changes(8000))
print(int_then_float(3000, 3), int_then_float(3000, 1.5), int_then_float(3000, 7))
