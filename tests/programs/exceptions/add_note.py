# BaseException.add_note and __notes__ (3.11)
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as t:
    print(type(t).__name__, t)
def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as err:
        err.add_note(f"while processing item={item!r}")
        raise
try:
    process(0)
except ZeroDivisionError as err:
    print(err, err.__notes__)
e2 = KeyError("k")
e2.__notes__ = ["preset"]
e2.add_note("added")
print(e2.__notes__)
e3 = TypeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as t:
    print(type(t).__name__, t)
eg = ExceptionGroup("grp", [ValueError(1)])
eg.add_note("group note")
print(eg.__notes__, eg.exceptions[0].__dict__ if hasattr(eg.exceptions[0], "__dict__") else "")
