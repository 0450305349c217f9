# _json's scanner as json.loads uses it: values, hooks, parse_* callbacks, errors with their
# positions (also after astral characters), scanstring and scan_once called directly.
import json
import json.decoder
import json.scanner
import _json

print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
print(_json.make_scanner, _json.make_encoder, _json.make_scanner.__module__)


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except json.JSONDecodeError as e:
        print(label, "!! JSONDecodeError", e, "|", e.pos, e.lineno, e.colno)
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


docs = [
    '{"a": [1, 2.5, -0, -0.0, 1E400, -1e-400, 1e5, 1.25e-3, true, false, null], "b": {"c": "d"}}',
    '[]', '{}', '[[]]', '[{}]', ' [ 1 , 2 ] ', '\n\t{"k" :\r\n "v"}  ', '"plain"', '12345678901234567890123',
    '-12', '0', '-0', '1.5', '"\\u00e9\\ud834\\udd1e\\n\\t\\"\\\\\\/\\b\\f\\r"', '"é𝄞 raw"',
    '[NaN, Infinity, -Infinity]', '{"a": 1, "a": 2}', '"\\ud834"', '"\\ud834x"', '"\\ud834\\u0041"',
    '"\\udd1e\\ud834"', '[1e5, 1E+5, 1e-5, 10.0e0]',
]
for d in docs:
    show(d[:30], lambda: json.loads(d))

bad = ['[1,]', '{"a":1,}', '[', '{', '[1', '{"a"', '{"a":', '{"a":1', '"\\x"', '"\\u12"', '"\\u12g4"', '"abc',
       '"\\ud834\\uzzzz"', '-', '-x', '1.', '1.e5', '1e', '1e+', '01', ' ', '', 'nul', 'tru', 'fals', 'NaX',
       'Infinit', '-Infinit', '[1 2]', '{"a" 1}', '{1:2}', '"a\x01"', '[' * 5 + ']' * 4, '{"a": [1, 2}',
       '[1]]', '"𝄞𝄞" x', '["𝄞", x]', '{"𝄞": 1 2}', '"𝄞\\q"', '\n\n  [1,\n  2,,]', '[\n"\x1f"]']
for d in bad:
    show(repr(d)[:30], lambda: json.loads(d))
show("big int", lambda: json.loads("1" * 5000))
show("strict off", lambda: json.loads('"a\tb\x00"', strict=False))
show("strict off key", lambda: json.loads('{"\t": 1}', strict=False))
show("strict key", lambda: json.loads('{"\t": 1}'))

# hooks and callbacks
show("parse_float", lambda: json.loads('[1.5, 2, 1e3]', parse_float=str))
show("parse_int", lambda: json.loads('[1.5, 2, -30]', parse_int=lambda x: int(x) * 2))
show("parse_constant", lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
show("object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
show("pairs_hook", lambda: json.loads('{"a": 1, "a": 2, "b": {"c": 3}}', object_pairs_hook=lambda p: p))
show("both hooks", lambda: json.loads('{"a": 1}', object_hook=len, object_pairs_hook=tuple))
from collections import OrderedDict
show("ordered", lambda: json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
show("hook error", lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
show("decimal", lambda: json.loads('1.1', parse_float=__import__("decimal").Decimal))

# raw_decode and positions
dec = json.JSONDecoder()
show("raw_decode", lambda: dec.raw_decode('{"a": 1} tail'))
show("raw_decode astral", lambda: dec.raw_decode('["𝄞"] tail'))
show("raw_decode idx", lambda: dec.raw_decode('xx[1]', 2))
show("extra data", lambda: json.loads('{"a": 1} tail'))
show("extra astral", lambda: json.loads('"𝄞" x'))

# the scanner object directly
sc = _json.make_scanner(dec)
print(sc.strict, sc.object_hook, sc.parse_float, sc.parse_int, sc.object_pairs_hook, type(sc).__name__)
show("scan", lambda: sc('  [1, "x"]', 2))
show("scan astral", lambda: sc('𝄞 "𝄞" 1', 2))
show("scan nothing", lambda: sc('x', 0))
show("scan inner", lambda: sc('[1, x]', 0))
show("scan end", lambda: sc('1', 5))
show("scan negative", lambda: sc('1', -1))
show("scan bytes", lambda: sc(b'1', 0))
show("scan missing", lambda: sc('1'))
show("scan kw", lambda: sc(string='[2]', idx=0))
show("scan float idx", lambda: sc('1', 0.0))
show("scanner readonly", lambda: setattr(sc, "strict", False))
show("make_scanner int", lambda: _json.make_scanner(1))
show("make_scanner none", lambda: _json.make_scanner())


class BadBool:
    def __bool__(self):
        1 / 0


show("bad strict", lambda: json.decoder.JSONDecoder(strict=BadBool()))

# scanstring
show("ss", lambda: _json.scanstring('"abc"', 1))
show("ss mid", lambda: _json.scanstring('xx"abc" "d"', 3))
show("ss astral", lambda: _json.scanstring('𝄞"a𝄞b"', 2))
show("ss escapes", lambda: _json.scanstring('"\\u0041\\n"', 1))
show("ss end", lambda: _json.scanstring('"abc"', 10))
show("ss negative", lambda: _json.scanstring('"abc"', -1))
show("ss at len", lambda: _json.scanstring('"abc', 4))
show("ss bytes", lambda: _json.scanstring(b'"abc"', 1))
show("ss strict off", lambda: _json.scanstring('"a\tc"', 1, False))
show("ss strict on", lambda: _json.scanstring('"a\tc"', 1, True))
show("ss few", lambda: _json.scanstring('"a"'))
show("ss many", lambda: _json.scanstring('"a"', 1, 1, 1))
show("ss kw", lambda: _json.scanstring('"a"', end=1))
show("ss big", lambda: _json.scanstring('"a"', 2 ** 64))

# nesting limits
show("deep ok", lambda: len(json.loads("[" * 500 + "]" * 500)))
show("too deep", lambda: json.loads("[" * 100000 + "]" * 100000))
show("too deep obj", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000))
