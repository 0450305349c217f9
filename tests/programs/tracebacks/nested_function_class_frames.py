# fails on purpose: frames named by function name only (not qualname) in 3.11 tracebacks
class Outer:
    class Inner:
        def method(self):
            def helper():
                return int("not a number")
            return helper()
def run():
    return Outer.Inner().method()
run()
