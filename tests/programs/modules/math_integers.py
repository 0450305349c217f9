# Integer functions of math: exact, with big ints, and their errors.
import math
print(math.factorial(0), math.factorial(20), math.factorial(100) % (10 ** 20), math.factorial(2000).bit_length())
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 10), math.comb(1000, 500) % 10 ** 30, math.perm(10), math.perm(10, 0), math.perm(5, 7))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 100), math.isqrt(2 ** 200 - 1))
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2 ** 70, 3), math.gcd(7), math.lcm(-7))
print(math.trunc(3.9), math.trunc(-3.9), math.floor(2.0), math.ceil(-0.5), math.floor(True), math.ceil(10 ** 20))
class T:
    def __trunc__(self): return "trunc!"
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __float__(self): return 2.5
print(math.trunc(T()), math.floor(T()), math.ceil(T()), math.sqrt(T()))
class F:
    def __float__(self): return 1.75
class Idx:
    def __index__(self): return 7
print(math.floor(F()), math.ceil(F()), math.exp(Idx()) == math.exp(7), math.factorial(Idx()), math.gcd(Idx(), 21))
print(repr(math.frexp(0.0)), repr(math.frexp(-5e-324)), repr(math.frexp(1e308)), repr(math.ldexp(1.0, -1074)), repr(math.ldexp(1.0, -1080)), repr(math.ldexp(0.75, 1024)))
print(repr(math.modf(2.5)), repr(math.modf(-0.0)), repr(math.modf(math.inf)), repr(math.fmod(-7.5, 2)), repr(math.fmod(5, math.inf)), repr(math.remainder(-7.5, 2)), repr(math.remainder(3, 2)))
print(repr(math.nextafter(0.0, -1)), repr(math.nextafter(1.0, 0.0)), repr(math.nextafter(math.inf, 0)), repr(math.ulp(0.0)), repr(math.ulp(-2.0)), repr(math.ulp(math.nan)))
print(math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.prod([]), math.prod(range(1, 11)), math.prod([2, 0.5]), math.prod(["a", 3], start=1) if False else math.prod([3], start="ab"))
for f, a in [(math.factorial, (10 ** 20,)), (math.comb, (10, -1)), (math.perm, (-1, 2)), (math.isqrt, (2.0,)), (math.gcd, ("a",)), (math.ldexp, (1.0, "a")),
             (math.trunc, (None,)), (math.floor, (None,)), (math.sqrt, (None,)), (math.fsum, ([1, "a"],)), (math.fsum, ([math.inf, math.nan],)), (math.fsum, ([10 ** 400],)),
             (math.prod, ([1, 2], 3)), (math.log, (-1,)), (math.log, (0, 2)), (math.log, (-(10 ** 400),)), (math.exp, (10 ** 400,)), (math.pow, (-2, 0.5)), (math.pow, (10, 400))]:
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
