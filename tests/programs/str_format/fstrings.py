# f-strings: expressions, conversions, format specs, nested, debugging '=' specifier
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2:05d}", f"{pi:.3f}", f"{pi:10.2f}|")
print(f"{name!r} {name!s} {'é'!a} {name.upper()} {items[1]} {d['k']} {len(items)}")
print(f"{n:x} {n:o} {n:b} {n:#x} {n:>8} {n:<8}| {n:^8}| {n:+}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|", f"{'nested':{'>'}{w}}", f"{pi:.{p}}")
print(f"{n=}", f"{n = }", f"{pi=:.2f}", f"{name=!s}", f"{items[0]+1=}", f"{d=}")
print(f"{{}} {{{n}}} {'{'}")
print(f"{'a' if n > 10 else 'b'}", f"{[x * 2 for x in items]}", f"{(lambda x: x + 1)(2)}")
print(f"{n:,}", f"{10**7:_}", f"{1234.5:,.1f}", f"{0.25:%}", f"{0.25:.0%}")
print(f"""multi
{name}
line""", f'''{"quoted"}''')
print(f"{3 + 4j}", f"{None}", f"{True:d}", f"{True}", f"{b'x'}")
nested = f"outer {f'inner {n}'} end"
print(nested)
print(f"{n!r:>6}|", f"{name!r:^12}|", f"{'x'*3:*<6}")
from_fn = lambda: "fn"
print(f"{from_fn()}", f"{ {'a': 1}['a'] }", f"{n:{'d'}}")
class Obj:
    def __format__(self, spec):
        return "Obj(" + spec + ")"
    def __repr__(self):
        return "ObjRepr"
print(f"{Obj()}", f"{Obj():spec}", f"{Obj()!r}", f"{Obj()=}")
try:
    f"{n:z}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval('f"{}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('f"{n!x}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
