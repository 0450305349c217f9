from _collections import deque

class D(deque):
    def __init__(self, *a, **k):
        print('D.init', a, k)
        super().__init__(*a, **k)

d = D([1, 2], 5)
print(repr(d), type(d).__name__, isinstance(d, deque), d.maxlen)
c = d.copy()
print(c, type(c).__name__)
print(d + deque([3]), type(d * 2).__name__)
print(d.__reduce__()[:3])
print(D([1]) == deque([1]), deque([1]) == D([1]))

class E(deque):
    pass
e = E([1, 2])
e.x = 5
print(e, e.__reduce__()[:3], E([1], 2).__reduce__()[:3], e == deque([1, 2]))
print(e.__copy__(), type(e.__copy__()).__name__)

class Bad(deque):
    def __new__(cls, *a):
        if a:
            return [1, 2]
        return super().__new__(cls)
    def __init__(self, *a):
        pass
try:
    Bad().copy()
except TypeError as e:
    print('TypeError', e)

class Stack(deque):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return 'Stack%s' % list(self)
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), len(s), s.pop(), s)

class Rev(deque):
    def __iter__(self):
        return iter(list(deque.__iter__(self))[::-1])
r = Rev([1, 2, 3])
print(list(r), repr(r), r == deque([3, 2, 1]))

class Counted(deque):
    def append(self, x):
        self.n = getattr(self, 'n', 0) + 1
        super().append(x)
cc = Counted([1])
cc.append(2); cc.append(3)
print(cc, cc.n, cc.__reduce__()[2])

class WithRadd:
    def __radd__(self, other):
        return 'radd %r' % (other,)
    def __rmul__(self, other):
        return 'rmul %r' % (other,)
print(deque([1]) + WithRadd(), deque([1]) * WithRadd())

# match statement: deque is a sequence
match deque([1, 2, 3]):
    case [1, *rest]:
        print('matched', rest)
match D([1]):
    case [x]:
        print('matched one', x)
