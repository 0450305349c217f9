# sys.exit(0) / sys.exit() / SystemExit(None) exit with status 0 and print nothing to stderr
import sys
def attempt(code):
    try:
        if code == "none":
            sys.exit()
        sys.exit(code)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)
attempt(0)
attempt("none")
attempt(5)
attempt("text")
attempt([1])
print("exiting cleanly")
sys.exit(0)
print("never")
