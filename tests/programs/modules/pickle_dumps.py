import pickle, _pickle, math
print(pickle.Pickler is _pickle.Pickler)
for proto in range(6):
    for obj in [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31-1, 2**31, 2**63, -2**100, 1.5, -0.0, float('inf'),
                "", "abc", "é\n\\\x00", "\U0001f600", b"", b"ab\xff", bytearray(b"xy"), (), (1,), (1,2), (1,2,3), (1,2,3,4),
                [], [1], [1,2], {}, {1:2}, {1:2,3:4}, set(), {1}, frozenset(), frozenset({1}), [[1]]*3, 3+4j, range(3),
                len, list, type(None), Ellipsis, NotImplemented, slice(1,2), [int, str], [len, abs], [math.sin, math.cos],
                {"a": [1, 2], "b": (3, {4})}, [1.25] * 3, 2**1000, -(2**1000), (1, [2, (3,)]), "x" * 300, b"y" * 300]:
        try:
            print(proto, repr(obj)[:30], pickle.dumps(obj, proto))
        except Exception as e:
            print(proto, repr(obj)[:30], type(e).__name__, e)

# Framing: large pickles are split into frames of about 64 KiB; big bytes go outside frames.
for proto in (4, 5):
    big = pickle.dumps([b"a" * 100] * 2000, proto)
    print(proto, len(big), big.count(b"\x95"), big[:12], big[-12:])
    big = pickle.dumps([b"b" * 70000, "c" * 70000, b"d"], proto)
    print(proto, len(big), big[:12], big[-20:])
    print(pickle.loads(big) == [b"b" * 70000, "c" * 70000, b"d"])
# Memo: shared and recursive objects.
shared = [1, 2]
for proto in range(6):
    print(proto, pickle.dumps([shared, shared, (shared,)], proto))
    rec = []
    rec.append(rec)
    print(proto, pickle.dumps(rec, proto))
    t = ([],)
    t[0].append(t)
    print(proto, pickle.dumps(t, proto))
    d = {}
    d[1] = d
    print(proto, pickle.dumps(d, proto))
# Batches of 1000.
for proto in (0, 1, 2):
    s = pickle.dumps(list(range(2500)), proto)
    print(proto, len(s), s.count(b"e"), s.count(b"a"))
    s = pickle.dumps({i: None for i in range(2500)}, proto)
    print(proto, len(s), s.count(b"u"), s.count(b"s"))
s = pickle.dumps(set(range(2500)), 4)
print(len(s), s.count(b"\x90"))
