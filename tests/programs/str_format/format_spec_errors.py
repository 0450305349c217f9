# Invalid format specifications and their exact ValueError messages across types
cases = [(1, "q"), (1, ".2d"), (1, ",s"), (1, "=s"), (1, "c,"), (1.5, "d"), (1.5, "c"), (1.5, "#x"), ("s", "d"), ("s", "+"), ("s", "="), ("s", "#"),
         ("s", ","), (1, "<<<"), (1, "5.5.5"), (1, "z"), (1.5, "_,"), (1, ",_"), (1, "9999999999999999999"), (1j, "c"), (1j, "n") , (None, "s"), ([1], ">5")]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), "->", repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), "->", type(e).__name__, e)
