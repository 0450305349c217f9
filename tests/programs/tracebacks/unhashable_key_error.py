# fails on purpose: TypeError for an unhashable dict key deep in a loop
def count(items):
    counts = {}
    for it in items:
        counts[it] = counts.get(it, 0) + 1
    return counts
print(count([1, 2, 2, "x"]))
print(count([(1, 2), [3, 4]]))
