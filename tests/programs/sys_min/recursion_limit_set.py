# sys.setrecursionlimit / getrecursionlimit and RecursionError that is caught
import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
d = depth(0)
print(90 <= d <= 100)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(90))
try:
    count(200)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(count(900))
for bad in [0, -1, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
