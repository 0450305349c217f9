# The trace module: line counts (--count), the line-by-line listing (--trace), called functions.
import io
import os
import sys
import trace
from contextlib import redirect_stdout

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            pass
    return total

def show_counts(counts, funcs):
    first = {f.__code__.co_firstlineno: f.__name__ for f in funcs}
    base = min(first)
    rows = sorted((line, n) for (fname, line), n in counts.items() if fname == __file__)
    for line, n in rows:
        print('   line', line - base, 'count', n)

t = trace.Trace(count=1, trace=0)
print('fib:', t.runfunc(fib, 5))
print('loop:', t.runfunc(loop, 5))
show_counts(t.results().counts, [fib, loop])

# --trace: each executed line, printed as "file(line): source"
t = trace.Trace(count=0, trace=1)
buf = io.StringIO()
with redirect_stdout(buf):
    t.runfunc(loop, 3)
for line in buf.getvalue().splitlines():
    print('  ', line.replace(os.path.basename(__file__), 'FILE'))

# countfuncs / countcallers
t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(fib, 3)
print(sorted((name, mod) for (fn, mod, name) in t.results().calledfuncs if fn == __file__))

t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(fib, 3)
print(sorted((a[2], b[2], n) for (a, b), n in t.results().callers.items() if a[0] == __file__))

# ignoredirs / ignoremods
t = trace.Trace(count=1, trace=0, ignoremods=['os'])
t.runfunc(os.path.join, 'a', 'b')
print('posixpath counted:', any('posixpath' in k[0] for k in t.results().counts))
t = trace.Trace(count=1, trace=0, ignoredirs=[os.path.dirname(os.__file__)])
t.runfunc(os.path.join, 'a', 'b')
print('stdlib counted:', any('posixpath' in k[0] for k in t.results().counts))

# Executable lines as the trace module finds them (from co_lines).
lines = trace._find_executable_linenos(__file__)
base = fib.__code__.co_firstlineno
print(sorted(l - base for l in lines if base <= l < base + 13))
print(sys.gettrace())
