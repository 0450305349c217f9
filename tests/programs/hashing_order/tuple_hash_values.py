# hash() of tuples (xxHash-based in 3.8+), nested tuples, tuples with floats/bools/None-free elements
vals = [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ((),), ((1,),), (1, (2, (3,))), (1.5, 2), (True, False), (0, 0), (2 ** 100, -5), tuple(range(10)), (frozenset(), 1)]
for v in vals:
    print(v, hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1,)) != hash((1, 1)))
