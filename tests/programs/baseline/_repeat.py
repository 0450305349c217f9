# helper for the baseline/ programs: run a function 120 times (so that it is compiled) and check
# that every outcome is the first one.


def tb_lines(exc):
    """The traceback of exc as "function:line" entries, outermost first."""
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def repeat(name, fn, *args, _tb=False, **kwargs):
    """Prints name, whether all 120 results (or errors) were the same, and the first one; with
    _tb, an error also shows its traceback below this function."""
    results = []
    for _ in range(120):
        try:
            r = repr(fn(*args, **kwargs))
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
            if _tb:
                r += " %s" % tb_lines(e)[1:]
        results.append(r)
    print(name, "same" if all(r == results[0] for r in results) else "DIFFERENT", results[0])
