# The pure-Python profiler (profile) and pstats: call counts and function names (no times).
import io
import profile
import pstats
import re

def clean(x):
    return re.sub(r' at 0x[0-9a-fA-F]+', '', str(x))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    data = [fib(i) for i in range(6)]
    data.sort()
    return sum(data), len(data)

p = profile.Profile()
print(p.runcall(work))
p.create_stats()
rows = sorted((func[2], cc, nc) for func, (cc, nc, tt, ct, callers) in p.stats.items())
for r in rows:
    print('  ', clean(r))

st = pstats.Stats(p)
print('total calls', st.total_calls, 'primitive', st.prim_calls)
callers = {func[2]: sorted(c[2] for c in callers) for func, (cc, nc, tt, ct, callers) in st.stats.items()}
print(clean(sorted(callers.items())))

# print_stats output, with the timing columns removed
out = io.StringIO()
pstats.Stats(p, stream=out).strip_dirs().sort_stats('calls', 'name').print_stats()
for line in out.getvalue().splitlines():
    parts = line.split()
    if 'function calls' in line:
        print('  ', line.split(' in ')[0].strip())
    elif len(parts) >= 6 and parts[0].replace('/', '').isdigit():
        print('  ', parts[0], clean(' '.join(parts[5:])))

# runctx with a string
p = profile.Profile()
p.runctx('x = fib(4)', globals(), {})
p.create_stats()
print(sorted((f[2], v[1]) for f, v in p.stats.items()))
