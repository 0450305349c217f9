# Hot loops over strings: s[i] by code point, == and != between strs, and argument-less str
# methods (isdigit, isalpha, upper...), with the cases that must leave the compiled loop:
# an index out of range, astral characters, str subclasses with their own __eq__ or methods,
# and values that stop being strs halfway.


def tokenize(text):
    n = len(text)
    i = 0
    out = []
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and text[j].isdigit():
                j += 1
            out.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < n and text[j].isalnum():
                j += 1
            out.append(("name", text[i:j]))
            i = j
        else:
            out.append(("op", ch))
            i += 1
    return out


src = "x1 = 12 + foo * (3 - bar2) // 7 " * 40
toks = tokenize(src)
print(len(toks), toks[:12], toks[-3:])
print(tokenize("ab😀 12 é3 𝄞x 45"))


def probe(s, idx):
    got = []
    for k in idx:
        try:
            got.append(s[k])
        except IndexError as e:
            got.append(str(e))
    return got


print(probe("hello", list(range(-7, 8)) * 20)[-15:])
print(probe("a😀b𝄞c", list(range(-6, 7)) * 20)[-13:])
print(probe("abc" * 10 + "😀", list(range(0, 32)) * 5)[-4:])


def count_eq(words, w):
    same = diff = 0
    for x in words:
        if x == w:
            same += 1
        if x != w:
            diff += 1
    return same, diff


words = ["spam", "eggs", "spam", "ham"] * 100
print(count_eq(words, "spam"))
print(count_eq(words + [3, None, 2.5, "spam"] * 5, "spam"))


class Loud(str):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = str.__hash__

    def isdigit(self):
        return "own"


print(count_eq(words + [Loud("z")] * 7, "ham"))
print(count_eq([Loud("q")] * 3 + words, "eggs"))


def classify(chars):
    digits = alphas = 0
    shout = []
    for c in chars:
        d = c.isdigit()
        if d is True:
            digits += 1
        elif d == "own":
            shout.append("own")
        if c.isalpha():
            alphas += 1
            shout.append(c.upper())
    return digits, alphas, "".join(shout[-6:])


text = "ab1 9x" * 200
print(classify(text))
print(classify(list(text) + [Loud("7"), "z", Loud("k")]))
print(classify("éß😀𝐀٣" * 50))


class Weird(str):
    pass


print(classify([Weird("5"), Weird("a")] * 60))
try:
    classify(list("abc") * 60 + [5])
except AttributeError as e:
    print("AttributeError:", e)
