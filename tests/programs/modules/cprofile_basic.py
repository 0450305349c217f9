# cProfile (the _lsprof profiler) and pstats: call counts, recursion counts, callers, builtins.
import _lsprof
import cProfile
import io
import pstats
import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    data = [fib(i) for i in range(6)]
    data.sort()
    d = {}
    d.setdefault('k', []).append(len(data))
    return sum(data), max(data, key=abs), d

def name_of(code):
    return code if isinstance(code, str) else code.co_name

def summary(p):
    rows = []
    for e in p.getstats():
        subs = sorted((name_of(s.code), s.callcount, s.reccallcount) for s in (e.calls or []))
        rows.append((name_of(e.code), e.callcount, e.reccallcount, subs))
    for r in sorted(rows):
        print('  ', r)

p = cProfile.Profile()
print('getprofile before:', sys.getprofile())
p.enable()
print('getprofile is p:', sys.getprofile() is p)
r = work()
p.disable()
print('result', r, 'getprofile after:', sys.getprofile())
summary(p)

e = p.getstats()[0]
print(type(e).__name__, type(e).__module__, len(e), e._fields if hasattr(e, '_fields') else None)
print(all(isinstance(x.totaltime, float) and x.totaltime >= 0 and x.inlinetime >= 0 for x in p.getstats()))

print('== no builtins, no subcalls')
p = cProfile.Profile(builtins=False, subcalls=False)
p.runcall(work)
summary(p)

print('== runctx + pstats')
p = cProfile.Profile()
p.runctx('work()', globals(), {})
st = pstats.Stats(p)
print('total calls', st.total_calls, 'primitive', st.prim_calls)
for func, (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: str(kv[0][2])):
    print('  ', func[2], cc, nc, sorted(c[2] for c in callers))

print('== context manager, clear, custom timer')
ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]
with cProfile.Profile(timer, 1.0) as p:
    fib(3)
st = p.getstats()
print(sorted((name_of(e.code), e.callcount, e.totaltime > 0) for e in st))
p.clear()
print(p.getstats())

class MyProfile(cProfile.Profile):
    pass
mp = MyProfile()
mp.runcall(fib, 2)
print(isinstance(mp, _lsprof.Profiler), sorted(name_of(e.code) for e in mp.getstats()))

try:
    _lsprof.Profiler(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__)
