# fails on purpose: an exception raised while handling another ("During handling of the above exception...")
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return d["default"] + 1
print(lookup({"a": 1, "default": 0}, "a"))
print(lookup({"a": 1, "default": 0}, "zz"))
print(lookup({"a": 1}, "b"))
