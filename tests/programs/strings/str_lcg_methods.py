# Pseudo-random strings (deterministic) pushed through many str methods; results printed to compare exactly
state = 42
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n
alphabet = "ab cAB\tdé-_1😀."
words = []
for _ in range(25):
    words.append("".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(12))))
for w in words:
    print(repr(w), repr(w.upper()), repr(w.title()), repr(w.strip()), w.split(), repr(w.replace("a", "<A>")), w.find("b"), w.count("a"),
          repr(w.center(14, "*")), repr(w.expandtabs(4)), w.isalpha(), repr(w[::-2]), repr(w.partition(" ")), len(w))
joined = "|".join(words)
print(len(joined), joined.count("|"), repr(joined[10:40]), sorted(words)[:3], max(words), repr(min(words)))
