"""calc_parser: generate arithmetic expressions as text, then tokenize, parse
(recursive descent into an AST of node objects), evaluate, constant-fold and
print them back.

Measures: character-by-character scanning, str methods, object allocation,
recursion, isinstance-style dispatch through methods.
Size: number of expressions.
"""
import sys
from _harness import main


class Num:
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def fold(self):
        return self

    def show(self):
        return str(self.value)


class Var:
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env[self.name]

    def fold(self):
        return self

    def show(self):
        return self.name


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def evaluate(self, env):
        return -self.operand.evaluate(env)

    def fold(self):
        inner = self.operand.fold()
        if isinstance(inner, Num):
            return Num(-inner.value)
        return Neg(inner)

    def show(self):
        return "-(" + self.operand.show() + ")"


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    # Division and modulo by zero are defined as division by one, so every
    # generated expression has a value.
    if op == "//":
        return a // (b or 1)
    return a % (b or 1)


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        return apply(self.op, self.left.evaluate(env), self.right.evaluate(env))

    def fold(self):
        left = self.left.fold()
        right = self.right.fold()
        if isinstance(left, Num) and isinstance(right, Num):
            return Num(apply(self.op, left.value, right.value))
        return BinOp(self.op, left, right)

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < n and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif text.startswith("//", i):
            tokens.append(("op", "//"))
            i += 2
        elif ch in "+-*%()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("unexpected %r" % ch)
    tokens.append(("end", None))
    return tokens


class Parser:
    """expr: term (('+'|'-') term)*; term: unary (('*'|'//'|'%') unary)*;
    unary: '-' unary | atom; atom: NUMBER | NAME | '(' expr ')'"""

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            node = BinOp(self.advance()[1], node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek()[1] in ("*", "//", "%"):
            node = BinOp(self.advance()[1], node, self.unary())
        return node

    def unary(self):
        if self.peek()[1] == "-":
            self.advance()
            return Neg(self.unary())
        return self.atom()

    def atom(self):
        kind, value = self.advance()
        if kind == "num":
            return Num(value)
        if kind == "name":
            return Var(value)
        if value == "(":
            node = self.expr()
            self.advance()  # ')'
            return node
        raise SyntaxError("unexpected %r" % (value,))


class Generator:
    def __init__(self, seed):
        self.seed = seed

    def next(self, limit):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7fffffff
        return (self.seed >> 8) % limit

    def expression(self, depth):
        choice = self.next(10)
        if depth <= 0 or choice < 2:
            if self.next(3) == 0:
                return "xyzw"[self.next(4)]
            return str(self.next(100))
        if choice == 2:
            return "-" + self.expression(depth - 1)
        op = ("+", "-", "*", "//", "%", "+")[self.next(6)]
        text = self.expression(depth - 1) + " " + op + " " + self.expression(depth - 1)
        if self.next(2):
            text = "(" + text + ")"
        return text


def bench(count):
    gen = Generator(31337)
    env = {"x": 3, "y": -7, "z": 11, "w": 2}
    total = 0
    tokens = 0
    printed = 0
    folded_total = 0
    for _ in range(count):
        source = gen.expression(6)
        toks = tokenize(source)
        tokens += len(toks)
        tree = Parser(toks).expr()
        value = tree.evaluate(env)
        total = (total * 31 + value) % 1000000007
        folded = tree.fold()
        folded_total = (folded_total + folded.evaluate(env)) % 1000000007
        text = tree.show()
        printed += len(text)
        # Parsing the printed form must give the same value back.
        if Parser(tokenize(text)).expr().evaluate(env) != value:
            raise AssertionError("round trip changed the value of " + source)
    return "calc_parser count=%d total=%d folded=%d tokens=%d printed=%d" % (
        count, total, folded_total, tokens, printed)


if __name__ == "__main__":
    main(bench, 12000)
