# f-strings: nested quotes, dict access, method calls, conditional, lambda in parens, format spec from expressions
items = {"apple": 3, "pear": 10}
width = 8
for name, qty in items.items():
    print(f"{name:<{width}}|{qty:>{width // 2}}|{qty * 1.5:>{width}.2f}|{'many' if qty > 5 else 'few'}")
print(f"{items['apple']}", f'{items["pear"]}', f"{ {'a': 1}['a'] }", f"{'nested {}'.format(1)}")
print(f"{(lambda x: x * 2)(21)}", f"{[i for i in range(3)]}", f"{len(items):03}")
value = 12.3456
prec = 2
print(f"{value:.{prec}f}", f"{value:{width}.{prec}f}", f"{value!r:>12}", f"{value:e}")
print(f"{'x':>3}{'y':<3}|", f"{3:+}", f"{-3:+}", f"{1000000:,}", f"{0.5:.0%}")
name = "Ann"
print(f"{name=}", f"{name = !r}", f"{value=:.1f}", f"{1 + 2 = }")
print(f"{'abc'[1:]}", f"{'abc'[::-1]}", f"{name.upper()!r}", f"{name:^{len(name) + 4}}")
print(f"""{
    'multi-line expression'
}""")
print(f"{'{'}{'}'}", f"{{{name}}}", f"{{}}{{{{")
class C:
    def __format__(self, spec):
        return f"C[{spec}]"
print(f"{C():{width}}", f"{C():>{width}.{prec}}")
