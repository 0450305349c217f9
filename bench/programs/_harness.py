"""The command line shared by every benchmark program.

main(bench, default_size) runs bench(size) and prints its one checksum line. argv: [size]
[iterations]. With iterations > 1 (warm-up mode) each iteration's time also goes to stderr as
"iteration <i> <seconds>"; only this mode needs the time module.
"""
import sys


def main(bench, default_size):
    size = int(sys.argv[1]) if len(sys.argv) > 1 else default_size
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    if iterations <= 1:
        print(bench(size))
        return
    import time
    first = None
    for i in range(iterations):
        start = time.perf_counter()
        result = bench(size)
        elapsed = time.perf_counter() - start
        sys.stderr.write("iteration %d %.6f\n" % (i + 1, elapsed))
        sys.stderr.flush()
        if first is None:
            first = result
        elif result != first:
            raise SystemExit("nondeterministic result: %r != %r" % (result, first))
    print(first)
