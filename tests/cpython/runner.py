# Runs one module of CPython's regression tests under Typhon the way the baseline was measured
# (../../../shared/conformance/cpython-3.11-baseline.txt): unittest's loadTestsFromModule and
# TextTestRunner, each module in its own process. The last line on the real stdout is
#   @@CONFORMANCE {"run": N, "passed": P, ...}
# where passed = run - failures - errors - skipped - expected failures.
import sys

_stdout = sys.stdout
name = sys.argv[1]


def report(**counts):
    _stdout.write("@@CONFORMANCE " + "{" + ", ".join('"%s": %s' % (k, v if isinstance(v, int) else '"%s"' % v)
                                                     for k, v in counts.items()) + "}\n")
    _stdout.flush()


try:
    import unittest
    module = __import__("test." + name, fromlist=["*"])
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
except BaseException as e:
    import traceback
    traceback.print_exc()
    report(run=0, passed=0, failures=0, errors=1, skipped=0, expected_failures=0, status="import")
    sys.exit(0)

runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2)
result = runner.run(suite)
# A test with failing subtests appears once per failing subtest: count each test once.
def tests(pairs):
    return {id(getattr(t, "test_case", t)) for t, _ in pairs}


failed = tests(result.failures) | {id(t) for t in result.unexpectedSuccesses}
errored = tests(result.errors) - failed
skipped = tests(result.skipped) - failed - errored
xfail = tests(result.expectedFailures)
run = result.testsRun
passed = max(0, run - len(failed) - len(errored) - len(skipped) - len(xfail))
report(run=run, passed=passed, failures=len(failed), errors=len(errored), skipped=len(skipped),
       expected_failures=len(xfail), status="ok")
