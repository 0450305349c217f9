# Code objects compare (and hash) by value, as CPython compares them: not by file name.
import marshal
a = compile("x = [1, 2.5, -0.0, b'z', (1, (2,)), frozenset()]\ndef f(y):\n    return y + 1\n", "a.py", "exec")
b = compile("x = [1, 2.5, -0.0, b'z', (1, (2,)), frozenset()]\ndef f(y):\n    return y + 1\n", "b.py", "exec")
c = compile("x = [1, 2.5, 0.0, b'z', (1, (2,)), frozenset()]\ndef f(y):\n    return y + 1\n", "a.py", "exec")
d = compile("x = 1", "a.py", "exec")
print(a == b, a != b, a == c, a == d, hash(a) == hash(b), a == 1, a != "x")
m = marshal.loads(marshal.dumps(a))
print(m == a, {a: 1}[m], len({a, b, m}))
f1 = lambda: 1
f2 = lambda: 1
print(f1.__code__ == f2.__code__)
g = lambda: 1.0
print(f1.__code__ == g.__code__)
