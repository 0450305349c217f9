# fails on purpose: sys.exit with a string from inside nested calls; except Exception does not catch SystemExit
import sys
def inner():
    sys.exit("stopping from inner")
def outer():
    try:
        inner()
    except Exception:
        print("not reached: SystemExit is not an Exception")
print("start")
outer()
