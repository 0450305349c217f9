# Many values of the libm-based functions, printed with repr so that every bit shows.
import math
xs = [i * 0.37 - 7.3 for i in range(40)] + [1e-300, 2.5e-8, 0.999, 1.001, 1e15, 1e300, 710.1, 123456.789]
for name in ["sin", "cos", "tan", "atan", "exp", "exp2", "expm1", "sinh", "cosh", "tanh", "asinh", "cbrt", "gamma", "lgamma"]:
    fn = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(fn(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
pos = [x for x in xs if x > 0]
for name in ["log", "log2", "log10", "log1p", "sqrt", "acosh"]:
    fn = getattr(math, name)
    out = []
    for x in pos:
        try:
            out.append(repr(fn(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
unit = [i / 23 - 1 for i in range(47)]
for name in ["asin", "acos", "atanh"]:
    fn = getattr(math, name)
    out = []
    for x in unit:
        try:
            out.append(repr(fn(x)))
        except ValueError as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
for y in [-2.5, -0.0, 0.0, 1.5, math.inf, -math.inf]:
    print("atan2", y, [repr(math.atan2(y, x)) for x in [-3.0, -0.0, 0.0, 2.0, math.inf, -math.inf]])
print([repr(math.pow(x, y)) for x in [0.5, 2.0, 10.0, -2.0] for y in [-3.0, 0.5, 7.0, 100.0] if not (x < 0 and y == 0.5)])
print([repr(math.hypot(*v)) for v in [(3, 4), (1e-320, 1e-320), (1.1, 2.2, 3.3), (1e200, 1e200, 1e200)]])
print([repr(math.dist(p, q)) for p, q in [((0.1, 0.2), (0.3, 0.7)), ((1, 2, 3), (4, 5, 6))]])
print(repr(math.fsum([0.1] * 10)), repr(math.fsum([1e16, 1.0, 1e-16])), repr(math.fsum([1, -1e-16, 1e16, -1e16])))
print(repr(math.log(10 ** 1000)), repr(math.log10(10 ** 400)), repr(math.log2(3 ** 1000)), repr(math.log(10 ** 1000, 10)))
print([repr(math.erf(x)) for x in [0.0, 0.5, -1.0, 2.0, 6.0]], [repr(math.erfc(x)) for x in [0.0, 0.5, 30.0, -7.0]])
