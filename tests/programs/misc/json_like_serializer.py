# A recursive serializer/parser pair for a JSON-like format (round trip), with escapes and errors
def dumps(v, indent=None, level=0):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = '"'
        for ch in v:
            if ch in '"\\':
                out += "\\" + ch
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) < 32 or ord(ch) > 126:
                out += "\\u%04x" % ord(ch) if ord(ch) < 0x10000 else "\\U%08x" % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(dumps(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(dumps(str(k)) + ": " + dumps(x) for k, x in v.items()) + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            d = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return d
            while True:
                k = value()
                ws(); assert s[pos] == ":", pos; pos += 1
                d[k] = value()
                ws()
                if s[pos] == "}":
                    pos += 1
                    return d
                assert s[pos] == ",", pos
                pos += 1
        if c == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[pos] == "]":
                    pos += 1
                    return out
                pos += 1
        if c == '"':
            pos += 1
            out = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    nxt = s[pos + 1]
                    if nxt == "u":
                        out += chr(int(s[pos + 2:pos + 6], 16)); pos += 6; continue
                    if nxt == "U":
                        out += chr(int(s[pos + 2:pos + 10], 16)); pos += 10; continue
                    out += {"n": "\n"}.get(nxt, nxt)
                    pos += 2
                else:
                    out += s[pos]
                    pos += 1
            pos += 1
            return out
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
data = {"name": "Zoë \"Z\"", "tags": ["a", "b\nc"], "n": [1, -2.5, 1e100, True, None], "nested": {"k": {}}, "emoji": "😀", "big": 2 ** 70}
text = dumps(data)
print(text)
back = loads(text)
print(back == data, back["emoji"], back["big"], back["n"])
try:
    dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(loads(' [ 1 , [ ] , { } , "x" ] '), dumps((1, (2, 3))))
