# unicodedata.normalize and is_normalized: all four forms over varied strings (Latin with
# combining marks, canonical reordering, composition exclusions, singletons, Hangul,
# compatibility characters, astral characters), in 14.0.0 and ucd_3_2_0.
import unicodedata as u

STRINGS = [
    "", "abc", "caf\u00e9", "cafe\u0301", "e\u0301\u0302", "e\u0302\u0301", "a\u0323\u0302",
    "a\u0302\u0323", "\u1ea0\u0302", "\u1ea1\u0302", "A\u030a", "\u212b", "\u2126", "\u212a",
    "\u00c5\u0301", "o\u031b\u0323", "o\u0323\u031b", "\u01a1\u0323", "q\u0307\u0323",
    "\u0344", "\u0340\u0341", "\u0958", "\u0915\u093c", "\u09dc", "\u0f73", "\u0f77", "\u0f81",
    "\u0f71\u0f72\u0f74", "\u0f72\u0f71", "\u1100\u1161", "\u1100\u1161\u11a8", "\uac00\u11a8",
    "\uac01", "\ud7a3", "\u1100\u1100\u1161\u11a8\u11a8", "\u1112\u1175\u11c2\u1100",
    "\u11a8\u1100", "\u1161\u1100", "\ud55c\uad6d\uc5b4", "\u1100\u0301\u1161",
    "\ufb01", "\ufb03ne", "\u00bd", "\u2153", "\u2460\u2461", "\u3300", "\u32c0", "\u33c2",
    "\u00b5", "\u03bc", "\u017f\u0307", "\u1e9b\u0323", "\u1e9b", "\u1e0b\u0323", "\u1e0d\u0307",
    "\u0044\u0323\u0307", "\u00aa\u00b2\u00b3", "\u2075\u2082", "\uff21\uff42\uff10", "\uff76\uff9e",
    "\u30ab\u3099", "\u304b\u3099", "\u304c", "\u3000x", "\u00a0", "\u2002", "\u1fbf", "\u1fc1",
    "\u0385", "\u03d3", "\u03d2\u0301", "\u2000\u2001", "\uf900\uf951\ufa10", "\u2f800\u2fa1d",
    "\U0001d15e\U0001d15f", "\U0001d165\U0001d16e", "\U0001d400\U0001d7ce", "\U0002f868",
    "\U0002f91f", "\U0001f100\U0001f12b", "x\u0334\u0301\u0316\u0300", "\u05d0\u05b8\u05bc",
    "\ufb2f", "\ufb4f", "\u0627\u0653", "\u0622", "\ufdfa", "\ufdfb", "\u0e33", "\u0eb3",
    "\u1026\u102e", "\u1025\u102e", "\u0b47\u0b3e", "\u0b4b", "\u0bc6\u0bbe", "\u0cc6\u0cc2\u0cd5",
    "\u0d46\u0d3e", "\u1b05\u1b35", "\U00011099\U000110ba", "\U0001109a", "\U00011131\U00011127",
    "\u0301abc", "\u0301\u0300", "\u0345\u0301", "\u03b1\u0345\u0301", "\u1fb3\u0301", "\u1f80",
    "\u2126\u0345", "\u00e0\u0345", "\u0226\u0304", "\u01e0", "\u0041\u0304\u0300",
    "\u0308\u0301\u0308", "\u00d6\u0304", "\u022a", "\u01d5", "\u0055\u0308\u0304",
    "\u00e8\u0327", "\u0229\u0300", "\u1e1d", "\u2329\u232a", "\u3008", "\u2260", "=\u0338",
    "\u226e", "<\u0338", "\u0338<", "\u00c7\u0301\u0306", "\U0001d1bb\U0001d1bc", "\u1e9e\u00df",
    "\u0130", "I\u0307", "\u0149", "\u01c4\u01c5\u01c6", "\u1e9a", "\u2488\u24b6", "\u246a",
    "\u3250\u3251", "\u33ff", "\u2e9f\u2ef3", "\u2f00\u2fd5", "\ufe30\ufe31\ufe33", "\ufe50",
    "\ufe70\ufe71\ufef5", "\U00010781", "\U0001e030", "\U0001fbf0", "\ud800", "\udc00x\u0301",
]

for s in STRINGS:
    print(ascii(s))
    for db in (u, u.ucd_3_2_0):
        forms = [ascii(db.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
        checks = [db.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
        print(" ", db.unidata_version, forms, checks)

# Stability facts over a range of code points: NFC(NFD(x)) == NFC(x), NFKC(NFKD(x)) == NFKC(x),
# and how many characters change under each form.
changed = {f: 0 for f in ("NFC", "NFD", "NFKC", "NFKD")}
stable = True
for cp in list(range(0, 0x3400, 3)) + list(range(0xA000, 0x10000, 3)) + list(range(0x10000, 0x20000, 7)):
    c = chr(cp)
    for f in changed:
        if u.normalize(f, c) != c:
            changed[f] += 1
    if u.normalize("NFC", u.normalize("NFD", c)) != u.normalize("NFC", c):
        stable = False
    if u.normalize("NFKC", u.normalize("NFKD", c)) != u.normalize("NFKC", c):
        stable = False
print(changed, stable)

# Every Hangul syllable decomposes to its jamo and composes back.
ok = True
lengths = {}
for cp in range(0xAC00, 0xD7A4, 5):
    d = u.normalize("NFD", chr(cp))
    lengths[len(d)] = lengths.get(len(d), 0) + 1
    ok = ok and u.normalize("NFC", d) == chr(cp)
print(ok, sorted(lengths.items()))

# A str subclass that is already normalized comes back as itself.
class S(str):
    pass
s = S("abc")
print(type(u.normalize("NFC", s)).__name__, u.normalize("NFC", s) is s, type(u.normalize("NFD", S("\u00e9"))).__name__)
print(u.normalize("NFKC", "\ufb01") == "fi", "\u00e9".encode("utf-8"), u.normalize("NFD", "\u00e9").encode("utf-8"))
