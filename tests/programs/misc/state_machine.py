# A table-driven state machine parsing a tiny language of numbers and identifiers
def tokenize(src):
    tokens = []
    state = "start"
    buf = ""
    for ch in src + " ":
        if state == "start":
            if ch.isdigit():
                state, buf = "num", ch
            elif ch.isalpha() or ch == "_":
                state, buf = "ident", ch
            elif ch in "+-*/()=":
                tokens.append(("op", ch))
            elif ch.isspace():
                pass
            else:
                raise SyntaxError(f"unexpected character {ch!r}")
        elif state == "num":
            if ch.isdigit() or ch == ".":
                buf += ch
            else:
                tokens.append(("num", float(buf) if "." in buf else int(buf)))
                state = "start"
                if not ch.isspace():
                    tokens.extend(tokenize(ch))
        elif state == "ident":
            if ch.isalnum() or ch == "_":
                buf += ch
            else:
                tokens.append(("ident", buf))
                state = "start"
                if not ch.isspace():
                    tokens.extend(tokenize(ch))
    return tokens
print(tokenize("x = 3 + foo_2*(41 - 1.5)"))
def evaluate(tokens, env):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("eof", None)
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        kind, v = take()
        if kind == "num":
            return v
        if kind == "ident":
            return env[v]
        if v == "(":
            r = expr()
            take()
            return r
        if v == "-":
            return -atom()
        raise SyntaxError(f"bad token {v!r}")
    def term():
        r = atom()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            r = r * atom() if op == "*" else r / atom()
        return r
    def expr():
        r = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            r = r + term() if op == "+" else r - term()
        return r
    return expr()
env = {"foo_2": 2, "x": 10}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "foo_2 * (x - 4) / 3", "-x + 100", "2 * 3.5"]:
    print(src, "=", evaluate(tokenize(src), env))
try:
    tokenize("a $ b")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    evaluate(tokenize("y + 1"), env)
except KeyError as e:
    print(type(e).__name__, e)
