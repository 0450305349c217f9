# The typhonjit module: parameters as PyPy's pypyjit takes them (works on CPython with a
# fallback, so the expected output is recorded from CPython).
try:
    import typhonjit as jit
except ImportError:
    jit = None

def loop(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s

if jit is not None:
    jit.set_param("threshold=50,trace_limit=3000")
    jit.set_param(trace_eagerness=10)
    try:
        jit.set_param("no_such_param=1")
    except ValueError as e:
        ok = "no_such_param" in str(e)
    jit.set_param("off")
    a = loop(1000)
    jit.set_param("default")
    b = loop(1000)
    print(a == b, ok)
else:
    print(loop(1000) == loop(1000), True)
print(loop(5000))
