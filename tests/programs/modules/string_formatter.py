import _string

for s in ['', 'abc', 'a{{b', 'a}}b', '{}', '{0}', 'x{a.b[c]!r:>{w}}y', '{!s}', '{:}', '{0!}', '{0!rr}', '{0!r', '{', '}', 'a}b',
          '{0', '{0:{1}', '{a[}]}', '{a{b}', '{0!r:x}z', '{[}', '{{}}', 'a{0}b{{c}}d', '{0:}}', 'ok{0}then{', '{0!', 'x}}y}z']:
    out = []
    try:
        for item in _string.formatter_parser(s):
            out.append(item)
        print(repr(s), out)
    except Exception as e:
        print(repr(s), out, type(e).__name__, e)
for s in ['', 'a', '0', '10', 'a.b', 'a[0]', 'a[x].y[1]', 'a.', 'a[', 'a[0]x', '.b', '[0]', 'a..b', 'a[]', '-1', '01', 'a[0].b.c[d]e']:
    try:
        first, it = _string.formatter_field_name_split(s)
        out = []
        try:
            for item in it:
                out.append(item)
            print(repr(s), repr(first), out)
        except Exception as e:
            print(repr(s), repr(first), out, type(e).__name__, e)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
it = _string.formatter_parser('a{b}c')
print(type(it).__name__, iter(it) is it, next(it), next(it))
try:
    next(it)
except StopIteration:
    print('stop')
for bad in [1, None]:
    for f in [_string.formatter_parser, _string.formatter_field_name_split]:
        try:
            f(bad)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    _string.formatter_parser()
except TypeError as e:
    print(e)
try:
    _string.formatter_parser('a', 'b')
except TypeError as e:
    print(e)
print(_string.__doc__)
