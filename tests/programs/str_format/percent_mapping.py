# %-formatting with mappings, widths from args, flags combinations, and %s of various objects
d = {"name": "Ann", "score": 93.456, "rank": 2}
print("%(name)s scored %(score).1f (rank %(rank)d)" % d)
print("%(name)-6s|%(score)8.2f|%(rank)03d|%(name)r" % d)
print("%-10s|%10s|%.2s|%5.1s|" % ("left", "right", "truncate", "xyz"))
print("%+d % d %05d %-5d| %x %#X %o %#o" % (5, 5, -5, 5, 255, 255, 8, 8))
print("%e %E %.2e %g %G %.3g" % (12345.678, 12345.678, 0.000123, 1e-5, 1e20, 123456))
print("%s %s %s %s" % (None, [1], (2,), {3: 4}), "%r %a" % ("é", "é"))
print("%c%c%c" % (72, "i", 33), "%%d" % (), "%%|" % ())
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 3, 3.14159))
print("%(a)s %(a)s" % {"a": "twice"}, "%s" % (("tuple in tuple",),))
class R:
    def __str__(self): return "strR"
    def __repr__(self): return "reprR"
print("%s %r %a" % (R(), R(), R()))
print("%d" % 3.99, "%i" % -2.5, "%x" % 255, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5)
