# Lists as stacks and queues; insert/pop at both ends; bracket matching; rotation
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack, stack[-1])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))
def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([1], 10))
r = list(range(8))
for _ in range(3):
    r.insert(0, r.pop())
print(r)
def josephus(n, k):
    people = list(range(1, n + 1))
    idx, order = 0, []
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order
print(josephus(7, 3), josephus(10, 2)[-1])
