# fails on purpose: an operator or a subscript that is the whole line still gets its carets
# (`~~^~~`), a plain call that is the whole line does not.
def add(a, b):
    a + b


def look(d):
    d["k"]


def call(f):
    f()


def fail():
    raise RuntimeError("plain")


try:
    add(1, "x")
except TypeError:
    try:
        call(fail)
    except RuntimeError:
        look({})
