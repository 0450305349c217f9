# fails on purpose: a nested ExceptionGroup, uncaught, with an except* that re-raises the unmatched part
def run():
    inner = ExceptionGroup("inner", [KeyError("k"), ValueError("v")])
    raise ExceptionGroup("outer", [inner, TypeError("t")])
try:
    run()
except* ValueError as eg:
    print("handled", repr(eg))
