# unicodedata.name and lookup: explicit names, Hangul syllables, CJK ideographs, aliases, named
# sequences, case-insensitivity, defaults and errors; ucd_3_2_0's narrower view.
import unicodedata as u

for cp in [0x20, 0x41, 0x7F, 0xA0, 0xE9, 0x1A2, 0x3A9, 0x416, 0x5D0, 0x627, 0x915, 0xE01,
           0x10D0, 0x1100, 0x1F600, 0x2028, 0x20AC, 0x2126, 0x3042, 0x3400, 0x4DBF, 0x4E00,
           0x9FFF, 0xA000, 0xAC00, 0xAC01, 0xB098, 0xD7A3, 0xD800, 0xE000, 0xF900, 0xFA6D,
           0xFB01, 0xFEFF, 0xFFFD, 0x10000, 0x1D11E, 0x17000, 0x18B00, 0x1B000, 0x20000,
           0x2A6DF, 0x2B739, 0x2F800, 0x30000, 0x3134A, 0x3134B, 0xE0001, 0xE0100, 0x10FFFF]:
    c = chr(cp)
    print("%04X" % cp, u.name(c, None), u.ucd_3_2_0.name(c, None))

NAMES = [
    "LATIN SMALL LETTER A", "latin small letter a", "Latin Capital Letter Sharp S", "SPACE",
    "GREEK SMALL LETTER ALPHA", "EURO SIGN", "SNOWMAN", "GRINNING FACE", "HEBREW LETTER ALEF",
    "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-3134A",
    "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-04E00",
    "CJK UNIFIED IDEOGRAPH-A000", "cjk unified ideograph-4E00", "CJK COMPATIBILITY IDEOGRAPH-F900",
    "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE PWILH",
    "HANGUL SYLLABLE", "HANGUL SYLLABLE X", "hangul syllable ga", "HANGUL SYLLABLE GGAGG",
    "TANGUT IDEOGRAPH-17000", "BYTE ORDER MARK", "BOM", "NBSP", "LINE FEED", "LF", "NULL", "NUL",
    "END OF LINE", "ZWJ", "VS1", "VARIATION SELECTOR-17", "LATIN CAPITAL LETTER GHA",
    "LATIN CAPITAL LETTER OI", "HANGUL JUNGSEONG O-E", "WEIERSTRASS ELLIPTIC FUNCTION",
    "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "TAMIL SYLLABLE KSSA", "KATAKANA LETTER AINU P",
    "BENGALI LETTER KHINYA", "KEYCAP NUMBER SIGN", "KEYCAP DIGIT ZERO",
    "latin capital letter a with macron and grave", "NO SUCH NAME", "", " ", "LATIN SMALL LETTER A ",
    "LATIN  SMALL LETTER A", "LATIN-SMALL LETTER A", "\u00e9", "A" * 256, "A" * 257,
]
for n in NAMES:
    for db in (u, u.ucd_3_2_0):
        try:
            r = db.lookup(n)
            print(repr(n[:60]), db.unidata_version, ascii(r), len(r))
        except KeyError as e:
            print(repr(n[:60]), db.unidata_version, "KeyError", str(e)[:80])

print(ascii(u.lookup(b"LATIN SMALL LETTER B")), ascii(u.lookup(b"snowman")))
print("\N{LATIN SMALL LETTER A}\N{BYTE ORDER MARK}" == "a\ufeff")

# name() round trip over a sample of named characters.
count = 0
bad = 0
for cp in range(0, 0x110000, 13):
    n = u.name(chr(cp), None)
    if n is not None:
        count += 1
        if u.lookup(n) != chr(cp):
            bad += 1
print(count, bad)

for f, args in [(u.name, ("\x00",)), (u.name, ("\u0378",)), (u.name, ("\ud800",)),
                (u.ucd_3_2_0.name, ("\u9fef",)), (u.name, ("ab",)), (u.name, ()),
                (u.name, ("a", 1, 2)), (u.lookup, (1,)), (u.lookup, (bytearray(b"A"),)),
                (u.lookup, ()), (u.lookup, ("a", "b"))]:
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
print(u.name("\x00", "dflt"), u.name("\u0378", 0))
