# An LRU cache built on dict ordering, used as a decorator with hit/miss statistics
def lru(maxsize):
    def deco(fn):
        cache = {}
        stats = {"hits": 0, "misses": 0}
        def wrapper(*args):
            if args in cache:
                stats["hits"] += 1
                v = cache.pop(args)
                cache[args] = v
                return v
            stats["misses"] += 1
            v = fn(*args)
            cache[args] = v
            if len(cache) > maxsize:
                del cache[next(iter(cache))]
            return v
        wrapper.cache = cache
        wrapper.stats = stats
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco
@lru(maxsize=64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.stats, len(fib.cache))
@lru(maxsize=3)
def sq(x):
    print("computing", x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 1, 5]:
    sq(x)
print(list(sq.cache), sq.stats, sq.__name__, sq.__wrapped__(9))
