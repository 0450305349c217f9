# array: constructors, initializers and their errors; repr.
from array import array as A

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: A('i', [1, 2, 3]))
show(lambda: A('i', (4, 5)))
show(lambda: A('i', range(4)))
show(lambda: A('h', (x * x for x in range(5))))
show(lambda: A('B', b'\x01\x02\xff'))
show(lambda: A('B', bytearray(b'ab')))
show(lambda: A('h', b'\x01\x00\x02\x00'))
show(lambda: A('h', b'\x01\x00\x02'))
show(lambda: A('u', 'hello'))
show(lambda: A('u', 'h\U00010000i'))
show(lambda: A('i', A('i', [7, 8])))
show(lambda: A('d', A('i', [7, 8])))
show(lambda: A('b', A('u', 'ab')))
show(lambda: A('u', A('b', [1])))
show(lambda: A('b', 'abc'))
show(lambda: A('x'))
show(lambda: A('x', 'abc'))
show(lambda: A('bb'))
show(lambda: A(1))
show(lambda: A())
show(lambda: A('b', [1], 2))
show(lambda: A('b', 5))
show(lambda: A('b', typecode='b'))
show(lambda: A('b', [1, 300]))
show(lambda: A('d'))
show(lambda: A('d', [1.0, 2.5, -0.0, float('nan'), float('inf')]))
show(lambda: A('u'))
show(lambda: A('u', ''))
show(lambda: A('u', "it's \"q\""))
show(lambda: A('i', memoryview(b'\x01\x02')))
show(lambda: A('f', [1, 2]))

class Sub(A):
    pass
s = Sub('i', [1, 2])
print(repr(s), type(s).__name__, isinstance(s, A), s.typecode)
print(type(s[:]).__name__, type(s + s).__name__, type(s * 2).__name__, type(s.__copy__()).__name__)
s.extra = 5
print(s.extra, s.__dict__)

class Sub2(A):
    def __new__(cls, tc, data, extra):
        self = super().__new__(cls, tc, data)
        self.extra = extra
        return self
    def __init__(self, tc, data, extra):
        pass
s2 = Sub2('b', [1, 2], 'x')
print(repr(s2), s2.extra)
show(lambda: Sub('b', typecode='b'))
try:
    hash(A('b'))
except TypeError as e:
    print('unhashable', A.__hash__ is None, str(e).startswith('unhashable type'))
print(A.__doc__.splitlines()[0])
