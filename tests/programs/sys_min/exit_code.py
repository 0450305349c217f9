# fails on purpose: sys.exit(3) ends the program with status 3 and no traceback; finally blocks still run
import sys
print("working")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("never printed")
