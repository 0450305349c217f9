# fails on purpose (stderr output): writing to sys.stderr and sys.stdout, interleaving, flush
import sys
sys.stdout.write("line to stdout\n")
sys.stderr.write("line to stderr\n")
print("print to stderr", file=sys.stderr)
n = sys.stderr.write("abc\n")
print("stderr write returned", n)
sys.stdout.flush()
sys.stderr.flush()
print("unicode to stderr: é😀", file=sys.stderr)
print("done")
