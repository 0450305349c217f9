# strftime against glibc: every conversion with flags, widths and modifiers, on several dates.
import time

convs = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%PqEOi+:"
flags = ["", "_", "-", "0", "^", "#", "^#", "-_", "_0", "0-"]
widths = ["", "1", "3", "6"]
dates = [
    (2004, 2, 9, 13, 5, 7, 0, 40, 0),
    (1999, 12, 31, 0, 0, 0, 4, 365, 0),
    (2000, 1, 1, 23, 59, 60, 5, 1, 1),
    (2021, 1, 3, 12, 30, 1, 6, 3, -1),
    (2020, 12, 31, 11, 0, 59, 3, 366, 0),
    (5, 7, 4, 1, 2, 3, 2, 185, 0),
    (-5, 1, 1, 0, 0, 0, 0, 1, 0),
    (12345, 6, 15, 18, 45, 30, 1, 166, 0),
    (2008, 12, 29, 9, 9, 9, 0, 364, 0),
    (2010, 1, 3, 9, 9, 9, 6, 3, 0),
]
for d in dates:
    out = []
    for c in convs:
        for f in flags:
            for w in widths:
                fmt = "%" + f + w + c
                out.append(fmt + "=" + repr(time.strftime(fmt, d)))
    print(d)
    for i in range(0, len(out), 8):
        print("  ".join(out[i:i + 8]))
for mod in "EO":
    for c in convs:
        fmt = "%" + mod + c + "|%_3" + mod + c + "|"
        print(repr(fmt), repr(time.strftime(fmt, dates[0])))
for fmt in ["", "%", "a%", "%5", "%_", "%-", "%E", "%O", "%EO", "%OE", "%OEy", "%Y%", "plain text", "%%Y",
            "%H:%M:%S", "%%%", "%%%%", "ünïcödé %a €", "%10%", "%5n|%5t", "%-10a|%_10a|%010a|%^10b"]:
    print(repr(fmt), repr(time.strftime(fmt, dates[0])))

# Zones and offsets from struct_time fields.
for zone, off in [("ABC", 3600), ("XYZ", -34200), ("", 5 * 3600 + 59), ("Q", 0), ("LONGZONE", -1)]:
    st = time.struct_time(dates[0], {"tm_zone": zone, "tm_gmtoff": off})
    print(repr(time.strftime("%Z|%z|%#Z|%^Z|%5z|%-z|%_z|%8z|%_8z|%-8z|%3z|%Ez|%Oz|%10Z", st)))
for isdst in (-5, -1, 0, 1, 7):
    st = time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, isdst))
    print(isdst, repr(time.strftime("%z|", st)), time.strftime("%Z", st) in time.tzname + ("",))
try:
    time.strftime("%Z", time.struct_time(dates[0], {"tm_zone": 5}))
except Exception as e:
    print(type(e).__name__, e)
