# iter() of a generator is the generator itself, before, during and after it runs; coroutines
# are not iterable; the generator type cannot be subclassed.
import types

def gen(n):
    for i in range(n):
        yield i

g = gen(3)
print(iter(g) is g, iter(iter(g)) is g)
print(next(g), iter(g) is g, list(iter(g)), iter(g) is g, list(g))

async def coro():
    return 1

c = coro()
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
c.close()

try:
    class G(types.GeneratorType):
        pass
except TypeError as e:
    print("TypeError", e)

total = 0
for k in range(2000):
    for v in iter(gen(k % 4)):
        total += v
print(total)
print(sum(x for x in gen(10)), [y for y in iter(gen(4))], dict(zip(gen(3), gen(3))))
