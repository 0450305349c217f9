# A singly linked list class implementing the sequence protocol
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def __reversed__(self):
        return iter(list(self)[::-1])
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll, list(reversed(ll)))
ll.reverse()
print(ll, ll.pop(), ll, bool(ll), bool(LinkedList()))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    LinkedList().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(sorted(LinkedList([3, 1, 2])), sum(LinkedList(range(5))), LinkedList("ab") == LinkedList(["a", "b"]))
a, b, *rest = LinkedList(range(5))
print(a, b, rest)
