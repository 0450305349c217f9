"""Helper for the test programs beside it: print what a call returns or raises."""


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))
