# A backtracking matcher for a tiny regex language: literals, ., *, +, ?, ^, $, character classes [abc] and [a-z]
def parse_class(p, i):
    j = p.index("]", i)
    body = p[i + 1:j]
    negate = body.startswith("^")
    if negate:
        body = body[1:]
    chars = set()
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == "-":
            chars.update(chr(c) for c in range(ord(body[k]), ord(body[k + 2]) + 1))
            k += 3
        else:
            chars.add(body[k])
            k += 1
    return (lambda c: (c in chars) != negate), j + 1
def compile_pattern(p):
    items, i = [], 0
    while i < len(p):
        if p[i] == "[":
            test, i = parse_class(p, i)
        elif p[i] == ".":
            test, i = (lambda c: True), i + 1
        else:
            lit = p[i]
            test, i = (lambda c, lit=lit: c == lit), i + 1
        q = ""
        if i < len(p) and p[i] in "*+?":
            q, i = p[i], i + 1
        items.append((test, q))
    return items
def match_here(items, s, pos):
    if not items:
        return pos
    test, q = items[0]
    if q in ("*", "+"):
        j = pos
        while j < len(s) and test(s[j]):
            j += 1
        lo = pos + 1 if q == "+" else pos
        for k in range(j, lo - 1, -1):
            r = match_here(items[1:], s, k)
            if r is not None:
                return r
        return None
    if q == "?":
        if pos < len(s) and test(s[pos]):
            r = match_here(items[1:], s, pos + 1)
            if r is not None:
                return r
        return match_here(items[1:], s, pos)
    if pos < len(s) and test(s[pos]):
        return match_here(items[1:], s, pos + 1)
    return None
def search(pattern, s):
    anchored_start = pattern.startswith("^")
    anchored_end = pattern.endswith("$")
    core = pattern[1 if anchored_start else 0: -1 if anchored_end else None]
    items = compile_pattern(core)
    for start in ([0] if anchored_start else range(len(s) + 1)):
        end = match_here(items, s, start)
        if end is not None and (not anchored_end or end == len(s)):
            return s[start:end]
    return None
tests = [("a.c", "xxabcxx"), ("ab*c", "ac"), ("ab+c", "ac"), ("ab+c", "abbbc"), ("colou?r", "my color"), ("^h.*o$", "hello"), ("^h.*o$", "hello!"),
         ("[0-9]+", "abc 1234 def"), ("[^a-z ]+", "abc DEF ghi"), ("x*", "yyy"), ("[a-c]+d?", "zzcabd"), (".*", ""), ("a$", "banana")]
for p, s in tests:
    print(f"{p!r:12} {s!r:16} -> {search(p, s)!r}")
