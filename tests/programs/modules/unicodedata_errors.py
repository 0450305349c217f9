# unicodedata: argument checking and the errors of every function, module and ucd_3_2_0.
import unicodedata as u


class S(str):
    pass


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


for db in (u, u.ucd_3_2_0):
    for name in ["category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition"]:
        f = getattr(db, name)
        show(f, "a")
        show(f, S("b"))
        show(f, "\U0001f600")
        show(f, "ab")
        show(f, "")
        show(f, 97)
        show(f, b"a")
        show(f, None)
        show(f)
        show(f, "a", "b")
        show(f, chr=1)
    for name, bad in [("decimal", "a"), ("digit", "\u00bd"), ("numeric", "x")]:
        f = getattr(db, name)
        show(f, "7")
        show(f, "\u0667")
        show(f, bad)
        show(f, bad, None)
        show(f, bad, -1)
        show(f, "ab")
        show(f, 7)
        show(f)
        show(f, "a", 1, 2)
        show(f, "a", default=1)
    show(db.decimal, "\u00b2")
    show(db.digit, "\u00b2")
    show(db.numeric, "\u00b2")
    show(db.numeric, "\u2155")
    show(db.numeric, "\u5146")
    show(db.digit, "\u2460")
    show(db.decimal, "\u2460", "none")
    for form in ["NFC", "NFD", "NFKC", "NFKD", "nfc", "NFX", "", 1, None]:
        show(db.normalize, form, "\u00e9")
        show(db.is_normalized, form, "\u00e9")
        show(db.normalize, form, "")
    show(db.normalize, "NFC", 1)
    show(db.normalize, "NFC", b"a")
    show(db.is_normalized, "NFC", None)
    show(db.normalize, "NFC")
    show(db.normalize, "NFC", "a", "b")
    show(db.normalize, form="NFC", unistr="a")
    show(db.is_normalized)

show(u.UCD)
show(type(u.ucd_3_2_0))
print(type(u.ucd_3_2_0).__name__, type(u.ucd_3_2_0).__module__, u.UCD is type(u.ucd_3_2_0))
print(u.unidata_version, u.ucd_3_2_0.unidata_version)
print(sorted(n for n in dir(u.ucd_3_2_0) if not n.startswith("_")))
