import cmath, math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
vals = [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1+1j, -1-1j, 2.5-0.5j, 1e-310+1e-310j, 1e308+1e308j, -3+0j, -3-0.0j, 0.5j, 1+0j, -1+0j, 1e-20+1j]
inf, nan = math.inf, math.nan
for a in [inf, -inf, nan, 0.0, -0.0, 2.0, -2.0]:
    for b in [inf, -inf, nan, 0.0, -0.0, 2.0, -2.0]:
        vals.append(complex(a, b))
for name in ["sqrt","exp","log","log10","acos","acosh","asin","asinh","atan","atanh","cos","cosh","sin","sinh","tan","tanh","phase","polar","isfinite","isinf","isnan"]:
    fn = getattr(cmath, name)
    for z in vals:
        try: print(name, repr(z), repr(fn(z)))
        except Exception as e: print(name, repr(z), type(e).__name__, e)
for r in [0.0, -0.0, 1.0, -1.0, inf, -inf, nan]:
    for p in [0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 3.0]:
        try: print("rect", r, p, repr(cmath.rect(r, p)))
        except Exception as e: print("rect", r, p, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.isclose(1+1j, 1+1.0000000001j), cmath.sqrt(4), cmath.exp(1))
for a in [(cmath.sqrt,'x'),(cmath.log,(1,1)),(cmath.log,(0,)),(cmath.exp,(1000,)),(cmath.atanh,(1,)),(cmath.polar,(complex(1e308,1e308),)),(cmath.sqrt,()),(cmath.rect,(1,)),(cmath.phase,('a',)),(cmath.log,(1,2,3)),(cmath.cosh,(1000+1j,))]:
  f,x=a
  try: print(f(*x) if isinstance(x,tuple) else f(x))
  except Exception as e: print(f.__name__, type(e).__name__, e)
