# Building strings: concatenation in loops, join, repetition, slicing assembly, reversing words, caesar cipher
s = ""
for i in range(10):
    s += str(i) * (i % 3)
print(s, len(s))
parts = []
for word in "the quick brown fox".split():
    parts.append(word[::-1])
print(" ".join(parts), " ".join(reversed("the quick brown fox".split())))
def caesar(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
print("-".join(["a"] * 5), "ab" * 0 + "c", ("=" * 10)[:3])
table = [["x", "o", "x"], ["o", "x", "o"], ["x", "x", "o"]]
print("\n".join("|".join(row) for row in table))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("z"))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating")))
pal = "A man, a plan, a canal: Panama"
clean = "".join(c.lower() for c in pal if c.isalnum())
print(clean, clean == clean[::-1])
print(str(12345)[::-1], int(str(12345)[::-1]) + 1, "%05.1f" % 3.14159 + "!")
print(" ".join(f"{i:>3}" for i in range(0, 50, 7)))
