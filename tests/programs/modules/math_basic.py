import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
for name in ["sin","cos","tan","exp","log","sqrt","atan","asin","acos","sinh","cosh","tanh","asinh","acosh","atanh","erf","gamma","lgamma","cbrt","exp2","expm1","log1p","log2","log10","fabs","degrees","radians"]:
    fn = getattr(math, name)
    for x in [0.5, 1.5, -0.3, 2, 10, 0.1]:
        try: print(name, x, repr(fn(x)))
        except Exception as e: print(name, x, type(e).__name__, e)
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.prod([1,2,3]), math.prod([0.1]*3, start=2))
print(math.isqrt(10**40+5), math.factorial(30), math.comb(100, 30), math.perm(10, 3), math.perm(5), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(), math.dist((1, 2), (4, 6)), math.hypot(1.5, 2.5, 3.5))
print(math.frexp(10.0), math.ldexp(0.5, 4), math.modf(-3.5), math.fmod(7, -3), math.remainder(7, 2), math.remainder(5, 2), math.copysign(1, -0.0))
print(math.nextafter(1, 2), math.ulp(1.0), math.ulp(1e308), math.isclose(1, 1+1e-10), math.trunc(-3.7), math.floor(-3.5), math.ceil(3.2), math.floor(10**30))
print(math.log(10**1000), math.log(2**2000, 2), math.log10(10**500), math.log2(2**3000), math.log(8, 2), math.pow(2, 0.5), math.pow(-8, 3))
for a in [(math.atanh,1),(math.log,0),(math.log1p,-1),(math.exp,1000),(math.gamma,0),(math.gamma,200),(math.lgamma,0),(math.sqrt,-1),(math.pow,(0,-1)),(math.acosh,0),(math.floor,"x"),(math.trunc,"x"),(math.log,"x"),(math.gcd,1.5),(math.factorial,-1),(math.factorial,1.5),(math.comb,(1.5,1)),(math.isqrt,-1),(math.dist,([1],[1,2])),(math.fsum,[1e308,1e308]),(math.ldexp,(1.0,1.5)),(math.ldexp,(1.0,10**30)), (math.log,(2,1)),(math.comb,(-1,1)),(math.perm,(5,-1)),(math.nextafter,(1,"a")),(math.tan, math.inf),(math.fmod,(1,0)),(math.remainder,(1,0)),(math.cos,10**400), (math.fsum, [math.inf, -math.inf]), (math.sin, ()), (math.sin, (1,2)), (math.isclose, (1,2,3)), (math.isclose, (1,1.1,-1))]:
    f, x = a
    try:
        r = f(*x) if isinstance(x,tuple) else f(x)
        print(f.__name__, repr(r))
    except Exception as e: print(f.__name__, type(e).__name__, e)
