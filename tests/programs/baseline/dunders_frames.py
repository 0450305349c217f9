# Operators on Python classes and frame objects, with functions called often enough for the
# baseline tier to compile them (and to reuse their frames).
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x) if isinstance(o, V) else NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __truediv__(self, k):
        return V(self.x / k)

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, o):
        return W(o.x * 100 + self.x) if isinstance(o, V) else NotImplemented

    def __repr__(self):
        return f"W({self.x})"


class R:
    def __radd__(self, o):
        return "R.__radd__"

    def __rsub__(self, o):
        return "R.__rsub__"


class Counter:
    calls = 0

    def __add__(self, o):
        Counter.calls += 1
        return NotImplemented


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


results = []
for i in range(120):
    results.append(add(V(i), V(1)))
    results.append(add(V(i), 2))
    results.append(sub(V(i), V(3)))
    results.append(mul(V(i), 2.5))
    results.append(div(V(i), 4))
print(results[:5], results[-5:])
# A subclass's reflected method comes first; NotImplemented falls back to the reflected method.
print(add(V(1), W(2)), add(W(1), V(2)), add(V(5), R()), sub(V(5), R()))
for i in range(100):
    r = add(V(1), R())
print(r)
try:
    sub(V(1), 3)
except TypeError as e:
    print(type(e).__name__, e)
c = Counter()
for i in range(60):
    try:
        add(c, 1)
    except TypeError as e:
        msg = str(e)
print(msg, Counter.calls)
# The class's operator replaced after the call site warmed up.
for i in range(60):
    add(V(1), V(2))
V.__add__ = lambda self, o: "replaced"
print(add(V(1), V(2)))


def get_locals(a):
    b = a * 2
    return locals()


def get_frame(a):
    return sys._getframe()


def caller_line():
    return sys._getframe(1).f_lineno


def calls_caller(a):
    x = a
    return caller_line()


dicts = [get_locals(i) for i in range(100)]
print(dicts[0], dicts[99], dicts[0] is dicts[1])
frames = [get_frame(i) for i in range(100)]
print(len(set(map(id, frames))), frames[0].f_locals, frames[99].f_locals, frames[0].f_code.co_name)
print({calls_caller(i) for i in range(100)})


def gen():
    yield 1
    yield 2


def start(g):
    return next(g)


gens = [gen() for i in range(100)]
for g in gens:
    start(g)
print(gens[0].gi_frame.f_back, gens[99].gi_frame.f_back, gens[0].gi_frame.f_lineno)


def fails(i):
    if i % 10 == 9:
        raise ValueError(i)
    return i


def call_fails(i):
    return fails(i) + 1


tbs = []
for i in range(100):
    try:
        call_fails(i)
    except ValueError as e:
        tbs.append(e.__traceback__)
for tb in tbs[:2]:
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get("i")))
        tb = tb.tb_next
    print(names)


# Comparisons on instances of Python classes.
class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v if isinstance(o, P) else NotImplemented

    def __eq__(self, o):
        return self.v == o.v if isinstance(o, P) else NotImplemented

    def __hash__(self):
        return hash(self.v)


class Q(P):
    def __gt__(self, o):
        return "Q.__gt__"


class NoCmp:
    pass


def lt(a, b):
    return a < b


def lt_branch(a, b):
    if a < b:
        return "yes"
    return "no"


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


print([lt(P(i), P(50)) for i in range(48, 53)], [lt_branch(P(i), P(50)) for i in range(48, 53)])
print([eq(P(i), P(50)) for i in range(48, 53)], [ne(P(i), P(50)) for i in range(48, 53)])
print(lt(P(1), Q(2)), lt(Q(1), P(2)), eq(P(1), 1), ne(P(1), 1), eq(NoCmp(), NoCmp()))
for i in range(60):
    r = lt(P(i), Q(5)), lt(Q(i), P(5)), eq(P(i), i)
print(r)
try:
    lt(P(1), 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([P(3), P(1), P(2)], key=lambda p: p).__len__(), [p.v for p in sorted([P(3), P(1), P(2)])])


# Subscripts on instances of Python classes.
class G:
    def __init__(s): s.d={}
    def __getitem__(s,k): return ('get',k)
    def __setitem__(s,k,v): s.d[k]=v
class L(list): pass
class H(G):
    __getitem__ = None
def f(o,k): return o[k]
def g(o,k,v): o[k]=v
print([f(G(),i) for i in range(60)][-1])
o=G()
for i in range(60): g(o,i,i*2)
print(sum(o.d.values()))
l=L([1,2,3])
print([f(l,1) for i in range(60)][-1])
for i in range(60): g(l,0,i)
print(l)
try: f(H(),1)
except TypeError as e: print(e)
G.__getitem__ = lambda s,k: 'new'
print(f(G(),1))


# Bound methods called through a variable (compiled calls with self in the first slot).
class M:
    def __init__(self, k):
        self.k = k

    def zero(self):
        return self.k

    def one(self, a):
        return self.k + a

    def four(self, a, b, c, d):
        return self.k + a + b + c + d

    def default(self, a, b=10):
        return self.k + a + b

    @classmethod
    def cm(cls, a):
        return cls.__name__, a

    @staticmethod
    def sm(a):
        return a * 2


def call_all(m):
    f0, f1, f4, fd, fc, fs = m.zero, m.one, m.four, m.default, m.cm, m.sm
    return f0(), f1(1), f4(1, 2, 3, 4), fd(1), fd(1, 2), fc(5), fs(6)


for i in range(80):
    r = call_all(M(i))
print(r)
try:
    M(1).one.__func__(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
f1 = M(3).one
for i in range(60):
    try:
        f1()
    except TypeError as e:
        msg = str(e)
print(msg)
