# fails on purpose: sys.exit(True) exits with status 1 (bool is an int), nothing on stderr
import sys
print("exit with True")
sys.exit(True)
