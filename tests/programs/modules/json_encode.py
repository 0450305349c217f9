# _json's encoder as json.dumps uses it (one-shot, indent None), and make_encoder called
# directly: separators, sort_keys, skipkeys, allow_nan, default, circular references, key
# types, escaping (ASCII and not), and CPython's errors.
import enum
import json
import json.encoder
import _json

print(json.encoder.c_make_encoder is _json.make_encoder, json.encoder.encode_basestring_ascii is _json.encode_basestring_ascii)


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)


data = {"s": "text", "n": 1, "f": 2.5, "neg": -0.0, "big": 10 ** 30, "t": True, "nil": None, "l": [1, [2, []], {}],
        "tup": (1, 2), "nested": {"a": {"b": {"c": [{}]}}}, "exp": 1e300, "small": 1.5e-10}
show("dumps", lambda: json.dumps(data))
show("compact", lambda: json.dumps(data, separators=(",", ":")))
show("sorted", lambda: json.dumps(data, sort_keys=True))
show("weird seps", lambda: json.dumps([1, {"a": 2}], separators=(" ; ", " = ")))
show("indent (python path)", lambda: json.dumps([1, {"a": 2}], indent=2))
show("ascii", lambda: json.dumps(["é€𝄞", "\x00\x1f\x7f", "\"\\/\b\f\n\r\t"]))
show("unicode", lambda: json.dumps(["é€𝄞", "\x00\x1f\x7f", "\"\\/\b\f\n\r\t"], ensure_ascii=False))
show("lone surrogate", lambda: json.dumps("\ud800x\udfff"))
show("lone surrogate u", lambda: json.dumps("\ud800x", ensure_ascii=False))
show("str keys", lambda: json.dumps({"é": 1, "𝄞": 2}))
show("key types", lambda: json.dumps({1: "i", 2.5: "f", True: "t", None: "n", -3: "neg", float("inf"): "inf"}))
show("bad key", lambda: json.dumps({(1,): 1}))
show("skipkeys", lambda: json.dumps({(1,): 1, "a": 2, (2,): 3, "b": 4}, skipkeys=True))
show("skipkeys first", lambda: json.dumps({(1,): 1, "a": 2}, skipkeys=True))
show("nan", lambda: json.dumps([float("nan"), float("inf"), -float("inf")]))
show("nan strict", lambda: json.dumps([float("nan")], allow_nan=False))
show("nan key strict", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
show("sort mixed", lambda: json.dumps({"a": 1, 1: 2}, sort_keys=True))
show("sort ints", lambda: json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))


class Color(enum.IntEnum):
    RED = 1


class F(float):
    def __repr__(self):
        return "F!"


class S(str):
    pass


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    def items(self):
        return [("z", 1), ("y", 2)]


class D2(dict):
    def items(self):
        return [("z", 1, 3)]


class DS(dict):
    pass


show("subclasses", lambda: json.dumps([Color.RED, F(1.5), S("s"), L([1]), T((2,)), {Color.RED: F(2.5)}, DS(a=1)]))
show("dict items override", lambda: json.dumps(D(a=1)))
show("dict items sorted", lambda: json.dumps(D(a=1), sort_keys=True))
show("dict bad items", lambda: json.dumps(D2(a=1)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


show("default", lambda: json.dumps([Point(1, 2)], default=lambda p: {"x": p.x, "y": p.y}))
show("default chain", lambda: json.dumps(Point(1, 2), default=lambda p: [p.x, Point(3, 4)] if p.x == 1 else "inner"))
show("no default", lambda: json.dumps(Point(1, 2)))
show("default error", lambda: json.dumps([1, Point(1, 2)], default=lambda p: 1 / 0))
show("set", lambda: json.dumps({1, 2}))
show("bytes", lambda: json.dumps(b"x"))

l = []
l.append(l)
show("circular list", lambda: json.dumps(l))
d = {}
d["self"] = d
show("circular dict", lambda: json.dumps(d))
show("circular unchecked", lambda: json.dumps(l, check_circular=False))
show("circular default", lambda: json.dumps(Point(1, 2), default=lambda p: p))
shared = [1]
show("shared not circular", lambda: json.dumps([shared, shared, {"a": shared}]))

# make_encoder directly
e = _json.make_encoder
enc = e(None, str, _json.encode_basestring_ascii, None, ":", ",", False, False, True)
print(type(enc).__name__, enc.markers, enc.indent, enc.key_separator, enc.item_separator, enc.sort_keys, enc.skipkeys)
show("call", lambda: enc({"a": [1, 2.5, None, "é"]}, 0))
show("call nan", lambda: enc(float("nan"), 0))
show("call str", lambda: enc("x", 0))
show("call kw", lambda: enc(obj=[1], _current_indent_level=0))
show("call missing", lambda: enc([1]))
show("call indent ignored", lambda: e(None, str, _json.encode_basestring, 4, ": ", ", ", True, True, False)({"b": [1], "a": 2}, 0))
show("strict nan", lambda: e(None, str, _json.encode_basestring, None, ":", ",", False, False, False)([float("inf")], 0))
show("bad separator", lambda: e(None, str, _json.encode_basestring_ascii, None, b":", ",", True, True, False))
show("missing arg", lambda: e(None, str, _json.encode_basestring_ascii, None, ":", ",", True, True))
show("few args", lambda: e(None, str, _json.encode_basestring_ascii))
show("bad markers", lambda: e(1, None, None, None, ": ", ", ", False, False, False))
show("keywords", lambda: e(markers=None, default=str, encoder=_json.encode_basestring_ascii, indent=None,
                           key_separator=":", item_separator=",", sort_keys=True, skipkeys=True, allow_nan=False)([1], 0))
show("python encoder", lambda: e(None, str, lambda s: "<" + s + ">", None, ":", ",", False, False, True)({"k": "v"}, 0))
show("bad encoder", lambda: e(None, str, lambda s: None, None, ":", ",", False, False, True)("spam", 0))
show("bad encoder key", lambda: e(None, str, lambda s: 1, None, ":", ",", False, False, True)({"spam": 1}, 0))
markers = {}
menc = e(markers, lambda o: [type(o).__name__], _json.encode_basestring_ascii, None, ":", ",", True, True, True)
show("markers", lambda: menc([Point(0, 0), {"p": Point(1, 1)}], 0))
print(markers, menc.markers is markers)


class BadBool:
    def __bool__(self):
        1 / 0


for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys"]:
    show("bad " + name, lambda: json.JSONEncoder(**{name: BadBool()}).encode({"a": 1}))

# basestring functions
for f in (_json.encode_basestring_ascii, _json.encode_basestring):
    show(f.__name__, lambda: f("a\u20ac\U0001d11e\"\\\n\x01\x7f\x1f "))
    show(f.__name__ + " bytes", lambda: f(b"x"))
    show(f.__name__ + " none", lambda: f())
    show(f.__name__ + " subclass", lambda: f(S("é")))

# deep nesting
deep = []
for _ in range(100000):
    deep = [deep]
show("too deep", lambda: json.dumps(deep))
