# fails on purpose: mutual recursion hitting the recursion limit (two alternating frames repeat)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
import sys
sys.setrecursionlimit(40)
print("start", sys.getrecursionlimit())
ping(0)
