# except* with else/finally, handler ordering, exceptions not matched by any clause, empty matches skip clauses
def run(exc):
    try:
        if exc:
            raise exc
    except* ValueError as e:
        print(" value handler", [str(x) for x in e.exceptions])
    except* KeyError as e:
        print(" key handler", [str(x) for x in e.exceptions])
    else:
        print(" else: nothing raised")
    finally:
        print(" finally")
for exc in [None, ValueError("solo"), ExceptionGroup("g", [KeyError("k"), ValueError("v")]), ExceptionGroup("g", [KeyError("k1"), KeyError("k2")])]:
    print("case", repr(exc))
    run(exc)
print("case unmatched")
try:
    run(ExceptionGroup("g", [TypeError("t"), ValueError("v")]))
except ExceptionGroup as e:
    print(" escaped:", repr(e))
print("case naked unmatched")
try:
    run(TypeError("naked"))
except TypeError as e:
    print(" escaped naked as is:", repr(e))
except ExceptionGroup as e:
    print(" escaped wrapped:", repr(e))
def raise_in_two_handlers():
    try:
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k")])
    except* ValueError:
        raise IndexError("from value handler")
    except* KeyError:
        raise IndexError("from key handler")
try:
    raise_in_two_handlers()
except ExceptionGroup as e:
    print(repr(e))
    for x in e.exceptions:
        print(" ", repr(x), "context:", repr(x.__context__))
