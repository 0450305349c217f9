# RecursionError is catchable; the program continues and can recurse again afterwards
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
def depth_reached():
    count = 0
    def go():
        nonlocal count
        count += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return count
d = depth_reached()
print(980 <= d <= 1000)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(len(str(fact(900))))
try:
    fact(5000)
except RecursionError as e:
    print("fact(5000):", type(e).__name__)
print(fact(10))
