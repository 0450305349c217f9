# fails on purpose: raise ... from None hides the context in the traceback
def fetch(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no entry for {k}") from None
print(fetch({"x": 1}, "x"))
fetch({}, "y")
