# Loops that are entered often and leave at once (each entry of a compiled loop costs more than
# its few iterations save), and loops whose locals are written before they are read, with a branch that takes
# another path in the loop's first iteration.


def skip_spaces(s, i):
    while i < len(s) and s[i] == " ":
        i += 1
    return i


def words(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        i = skip_spaces(text, i)
        j = i
        while j < n and text[j] != " ":
            j += 1
        if j > i:
            out.append(text[i:j])
        i = j
    return out


def first_iteration_differs(rows):
    # `cell` and `tag` are written before they are read in every iteration; the first item of
    # each row takes the other branch.
    total = 0
    for row in rows:
        tag = 0
        for k, cell in enumerate(row):
            if k == 0:
                tag = cell * 100
            else:
                total += cell + tag
    return total


def polymorphic_calls(fs, x):
    for f in fs:
        x = f(x)
    return x


text = ("alpha  beta gamma   delta " * 1500).strip()
ws = words(text)
print(len(ws), ws[:5], ws[-2:])
rows = [[r] + list(range(r % 5)) for r in range(6000)]
print(first_iteration_differs(rows))
fs = [lambda v: v + 1, lambda v: v * 2, lambda v: v - 3]
acc = 0
for i in range(6000):
    acc += polymorphic_calls(fs[i % 3:] + fs[:i % 3], i)
print(acc)
# Written before read with another type before the loop (None, then ints; a str, then floats).
best = None
for i in range(5000):
    best = i * 2
print(best)
scale = "none"
for i in range(5000):
    scale = i / 7
print(round(scale, 6))
