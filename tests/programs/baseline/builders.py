# The display and f-string instructions as compiled code runs them (BUILD_LIST, BUILD_SET,
# BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING, FORMAT_VALUE, BUILD_SLICE, LIST_EXTEND,
# SET_UPDATE, DICT_UPDATE, LIST_TO_TUPLE, SET_ADD, MAP_ADD): each function runs 120 times so
# that it is compiled, and every result is checked against the first one; errors keep their
# messages and line numbers.


from _repeat import repeat as _repeat


def repeat(name, fn, *args, **kwargs):
    _repeat(name, fn, *args, _tb=True, **kwargs)


def displays(a, b):
    empty = ([], {}, set(), (), "")
    return [a, b, [a]], {a, b}, {a: b, b: a}, {"k": a, "v": b}, (a, b), empty


def starred(a, *rest, **kw):
    return [*rest, a], sorted({*rest, a}), (*rest, a), {**kw, "a": a}, {"x": 1, **kw}, [*range(3), *"ab"]


def fstrings(x, y):
    w = 6
    return (f"{x}", f"{x!r}", f"{x!s}|{y!a}", f"{x:>{w}}", f"{y:.3f}", f"[{x}{y}]", f"{x=}",
            f"{'lit'}{x:^5}{y!r:>12}", f"{3.0}{True}{None}")


def slices(seq, i, j):
    return seq[i:], seq[:j], seq[i:j], seq[::2], seq[i:j:-1], seq[::-1], seq[slice(i, j)]


def comprehensions(n):
    return ({i % 3 for i in range(n)}, {i: i * i for i in range(n)}, [(i, j) for i in range(2) for j in "xy"],
            {str(i): [i] for i in range(n) if i % 2})


class Odd:
    def __format__(self, spec):
        return "odd<" + spec + ">"

    def __repr__(self):
        return "Odd()"


def formats(o):
    return f"{o}", f"{o:spec}", f"{o!r:>8}", "%s" % [o]


def unhashable_set(a):
    return {a, [1]}


def unhashable_key(a):
    return {a: 1, [a]: 2}


def unhashable_const_key(a):
    return {"a": a, "b": {}, "c": {a}}


def bad_star(a):
    return [*a]


def bad_dstar(a):
    return {**a}


def bad_set_star(a):
    return {*a}


def bad_format(x):
    return f"{x:q}"


def bad_format_spec(x):
    return f"{x:{x}}"


def bad_slice(x):
    return x[1:2]


def key_collision():
    return {1: "int", 1.0: "float", True: "bool"}, {"a": 1, "a": 2}, {1, 1.0, True}


repeat("displays", displays, 1, 2)
repeat("starred", starred, 0, 1, 2, k=3)
repeat("fstrings", fstrings, "s", 2.5)
repeat("fstrings int", fstrings, 42, -1)
repeat("slices list", slices, list(range(10)), 2, 7)
repeat("slices str", slices, "abcdefghij", -8, -2)
repeat("comprehensions", comprehensions, 7)
repeat("formats", formats, Odd())
repeat("unhashable set", unhashable_set, 1)
repeat("unhashable key", unhashable_key, 1)
repeat("unhashable const key", unhashable_const_key, 1)
repeat("bad star", bad_star, 5)
repeat("bad dstar", bad_dstar, [1])
repeat("bad set star", bad_set_star, None)
repeat("bad format", bad_format, 3)
repeat("bad format spec", bad_format_spec, 3)
repeat("bad slice", bad_slice, 3)
repeat("key collision", key_collision)
