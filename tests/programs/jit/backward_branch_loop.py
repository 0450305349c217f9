# Loops whose back edge is a conditional jump (3.11's POP_JUMP_BACKWARD_IF_*): the JIT must see
# them as loops, close the recorded iteration there, and leave them the right way.
def least(ws, turn):
    best = None
    for k in range(len(ws)):
        w = ws[(turn + k) % len(ws)]
        if best is None or w < best:
            best = w
    return best

def count_down(n):
    steps = 0
    while n:
        n -= 1
        steps += 1
    return steps

def early(n):
    for i in range(n):
        if i * i > 5000:
            return i
    return -1

def brk(n):
    total = 0
    for i in range(n):
        if i == 3000:
            break
        if i % 3:
            total += i
    return total

ws = [5, 3, 8, 3, 9, 1, 7]
print(sum(least(ws, t) for t in range(3000)))
print(sum(count_down(i % 50) for i in range(3000)))
print([early(10000) for _ in range(3)])
print(brk(10000), brk(100))
