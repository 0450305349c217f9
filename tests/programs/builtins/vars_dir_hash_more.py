# hash() exactness for ints/floats/tuples/None/bools; dir() on modules and classes
print([hash(i) for i in (0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61 - 1), 2 ** 64 + 7)])
print([hash(f) for f in (0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 1e-100, 2.0 ** 70)])
print([hash(t) for t in ((), (1,), (1, 2), (1, (2, 3)), (1.5, -1))])
print(hash(None) == hash(None), hash(True), hash(False), hash((True, False)))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2)})))
print(hash(complex(1, 2)), hash(3 + 0j), hash(-1j))
print(hash(range(5)) == hash(range(0, 5, 1)), hash(slice) == hash(slice))
class C:
    pass
print(hash(C()) != hash(C()) or True, hash(C) == hash(C))
print(sorted(set(dir(C)) - set(dir(object))))
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
