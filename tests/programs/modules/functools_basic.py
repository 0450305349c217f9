import _functools as f
print(sorted(dir(f)))
def t(g):
    try: print(repr(g()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: f.reduce())
t(lambda: f.reduce(max))
t(lambda: f.reduce(max, []))
t(lambda: f.reduce(max, 1))
t(lambda: f.reduce(max, [], 1, 2))
t(lambda: f.reduce(max, [], x=1))
t(lambda: f.reduce(lambda a,b:a+b, [1,2,3], 10))
t(lambda: f.cmp_to_key())
t(lambda: type(f.cmp_to_key(mycmp=lambda a,b:0)).__name__)
k=f.cmp_to_key(lambda a,b:a-b)
t(lambda: type(k).__name__)
t(lambda: k(1) < k(2))
t(lambda: k(1) == k(2))
t(lambda: k(1).obj)
t(lambda: k(1) < 5)
t(lambda: hash(k(1)))
t(lambda: k())
t(lambda: k(1,2))
t(lambda: sorted([3,1,2], key=k))
p=f.partial(print, 1, sep='-')
t(lambda: repr(p))
t(lambda: p.__reduce__())
t(lambda: (p.func, p.args, p.keywords))
t(lambda: f.partial())
t(lambda: f.partial(1))
t(lambda: f.partial(func=print))
q=f.partial(p, 2, end='!\n')
t(lambda: (q.func, q.args, q.keywords))
q(3)
class P(f.partial): pass
r=P(p, 5)
t(lambda: (repr(r)[:2], r.func, r.args))
t(lambda: type(f.partial).__name__)
p.x=1
t(lambda: p.__dict__)
t(lambda: p.__reduce__())
s=f.partial(max)
s.__setstate__((min, (1,), {}, None))
t(lambda: (s.func, s.args, s.keywords, s.__dict__))
t(lambda: s.__setstate__((1,)))
t(lambda: s.__setstate__((1,(),{},None)))
t(lambda: s.__setstate__((min,[],{},None)))
t(lambda: s.__setstate__([min,(),{},None]))
t(lambda: s.__setstate__((min,(), [],None)))
class A:
    m = f.partial(max, 1)
t(lambda: A().m(5))
t(lambda: repr(f.partial(max, 'a', b=[1])))
t(lambda: f._lru_cache_wrapper)

def user(x, y=1): print('call', x, y); return x+y
class CI(tuple):
    def __new__(cls, *a): return tuple.__new__(cls, a)
    def __repr__(self): return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)
w = f._lru_cache_wrapper(user, 2, False, CI)
t(lambda: (w(1), w(1), w(2), w(3), w(1), w.cache_info()))
t(lambda: w(1, y=2))
t(lambda: w.cache_info())
t(lambda: type(w).__name__)
t(lambda: w.cache_clear())
t(lambda: w.cache_info())
t(lambda: f._lru_cache_wrapper(user, 'x', False, CI))
t(lambda: f._lru_cache_wrapper(1, 2, False, CI))
t(lambda: f._lru_cache_wrapper(user, 2, False))
t(lambda: w.__copy__() is w)
t(lambda: w.__deepcopy__(None) is w)
t(lambda: sorted(set(dir(f.KeyWrapper if hasattr(f,'KeyWrapper') else type(k))) - set(dir(object))))
t(lambda: hash(p) == hash(p))
w0 = f._lru_cache_wrapper(user, 0, False, CI)
t(lambda: (w0(1), w0(1), w0.cache_info()))
wn = f._lru_cache_wrapper(user, None, True, CI)
t(lambda: (wn(1), wn(1.0), wn(1), wn.cache_info()))
t(lambda: f._lru_cache_wrapper(user, -3, True, CI).cache_info())
t(lambda: wn([]))

# partial details
def show(*a, **k):
    return a, k
p = f.partial(show, 1, a=1)
print(p(2, b=2), p(a=5), p(), f.partial(p, 3, a=9)(4))
print(type(f.partial(p)).__name__, f.partial(p).func is show, f.partial(f.partial(show, 1), 2).args)
p.attr = 'x'
pp = f.partial(p, 2)
print(pp.func is p, pp.args)
t(lambda: setattr(p, 'func', max))
t(lambda: setattr(p, 'args', ()))
class Sub(f.partial):
    def __call__(self, *a, **k):
        return ('sub', super().__call__(*a, **k))
s = Sub(show, 1)
print(s(2), repr(s)[:4], f.partial(s, 3).func is s)
print(repr(f.partial(show)).startswith('functools.partial(<function show at '))
print(f.partial[int])
rp = f.partial(show)
rp.__setstate__((show, (1, 2), {'k': 3}, {'d': 4}))
print(rp(), rp.d, rp.__dict__)
rp.__dict__ = {'z': 1}
print(rp.z)
r = p.__reduce__()
q = r[0](*r[1]); q.__setstate__(r[2])
print(q(7), q.attr)
print(f.partial(show, x=1) is not None, f.partial(show, **{'a b': 1})())
def rec_repr():
    pr = f.partial(show)
    pr.__setstate__((show, (), {}, None))
    pr2 = f.partial(show, pr)
    return repr(pr2).count('functools.partial')
print(rec_repr())

# lru cache
calls = []
def fib(n):
    calls.append(n)
    return n if n < 2 else cached(n - 1) + cached(n - 2)
cached = f._lru_cache_wrapper(fib, 3, False, CI)
print(cached(10), len(calls), cached.cache_info())
cached.cache_clear()
print(cached.cache_info())
class Obj:
    @f._lru_cache_wrapper.__call__ if False else (lambda fn: f._lru_cache_wrapper(fn, None, False, CI))
    def meth(self, x):
        print('meth', x)
        return x * 2
o = Obj()
print(o.meth(2), o.meth(2), Obj.meth.cache_info(), Obj.meth is Obj.__dict__['meth'])
w = f._lru_cache_wrapper(user, 128, False, CI)
print(w(1, 2), w(1, y=2), w(x=1, y=2), w(y=2, x=1), w(1, 2), w.cache_info())
wt = f._lru_cache_wrapper(user, 128, True, CI)
print(wt(1), wt(1.0), wt(True), wt(1), wt.cache_info())
w2 = f._lru_cache_wrapper(user, 2, False, CI)
print(w2(1), w2(2), w2(1), w2(3), w2(2), w2(1), w2.cache_info())
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, other): print('eq'); return self.v == other.v
wh = f._lru_cache_wrapper(lambda h: h.v, None, False, CI)
print(wh(H(1)), wh(H(1)), wh.cache_info())
w.__wrapped__ = user
w.extra = 5
print(w.__dict__ == {'__wrapped__': user, 'extra': 5})
t(lambda: f._lru_cache_wrapper(user, 2.5, False, CI))
t(lambda: f._lru_cache_wrapper(user))
t(lambda: f._lru_cache_wrapper(user, maxsize=3, typed=False, cache_info_type=CI).cache_info())
def boom(x):
    raise KeyError(x)
wb = f._lru_cache_wrapper(boom, 10, False, CI)
t(lambda: wb(3))
print(wb.cache_info())
