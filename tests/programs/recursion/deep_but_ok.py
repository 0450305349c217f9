# Recursion close to (but under) the default limit works; generators and closures recursion
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(950))
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(400)))
def tree(n):
    return [] if n == 0 else [tree(n - 1), tree(n - 1)]
def count(t):
    return 1 + sum(count(c) for c in t)
print(count(tree(12)))
def sum_list(lst):
    if not lst:
        return 0
    return lst[0] + sum_list(lst[1:])
print(sum_list(list(range(500))))
def binsearch(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binsearch(xs, target, mid + 1, hi)
    return binsearch(xs, target, lo, mid)
xs = list(range(0, 10000, 3))
print(binsearch(xs, 2997), binsearch(xs, 2998))
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
print(merge_sort([5, 3, 9, 1, 7, 2, 8, 6, 4, 0]))
