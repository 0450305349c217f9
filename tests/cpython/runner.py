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


def counts(results):
    # A test with failing subtests appears once per failing subtest: count each test once.
    def tests(pairs):
        return {id(getattr(t, "test_case", t)) for r in results for t, _ in getattr(r, pairs)}

    failed = tests("failures") | {id(t) for r in results for t in r.unexpectedSuccesses}
    errored = tests("errors") - failed
    skipped = tests("skipped") - failed - errored
    xfail = tests("expectedFailures")
    run = sum(r.testsRun for r in results)
    passed = max(0, run - len(failed) - len(errored) - len(skipped) - len(xfail))
    return dict(run=run, passed=passed, failures=len(failed), errors=len(errored), skipped=len(skipped),
                expected_failures=len(xfail))


def counts_json(results):
    return "{" + ", ".join('"%s": %d' % kv for kv in counts(results).items()) + "}"


try:
    import unittest
    module = __import__("test." + name, fromlist=["*"])
    # A module with test_main() (Debian's 3.11.2 test suite still has a few: test_decimal,
    # test_xml_etree) sets its tests up there; regrtest of that version calls it instead of
    # loading the tests, and so does this runner.
    suite = None if hasattr(module, "test_main") else unittest.defaultTestLoader.loadTestsFromModule(module)
except BaseException as e:
    import traceback
    traceback.print_exc()
    report(run=0, passed=0, failures=0, errors=1, skipped=0, expected_failures=0, status="import")
    sys.exit(0)

results = []


def load_hangs():
    # hangs.txt: tests that can hang here; they are skipped (counted as skipped, not passed).
    import os
    hangs = {}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hangs.txt")
    try:
        with open(path) as f:
            for line in f:
                parts = line.split(None, 1)
                if parts and not parts[0].startswith("#"):
                    hangs[parts[0]] = parts[1].strip() if len(parts) > 1 else "hangs"
    except OSError:
        pass
    return hangs


HANGS = load_hangs()


def skip_hangs(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            skip_hangs(test)
        elif test.id() in HANGS:
            reason = "hangs under Typhon (tests/cpython/hangs.txt)"
            setattr(test, test._testMethodName, unittest.skip(reason)(getattr(test, test._testMethodName)))
    return suite


class CountingResult(unittest.TextTestResult):
    """After each test, the counts so far (a module that hangs later still counts what passed)."""

    def stopTest(self, test):
        super().stopTest(test)
        _stdout.write("@@PARTIAL " + counts_json(results + ([self] if self not in results else [])) + "\n")
        _stdout.flush()


runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2, resultclass=CountingResult)
if suite is not None:
    results.append(runner.run(skip_hangs(suite)))
else:
    from test import support

    def run_suite(suite):
        # support.run_unittest's runner, counted here (test_main may run several suites).
        results.append(runner.run(skip_hangs(suite)))

    support._run_suite = run_suite
    try:
        module.test_main()
    except BaseException:
        import traceback
        traceback.print_exc()
        if not results:
            report(run=0, passed=0, failures=0, errors=1, skipped=0, expected_failures=0, status="import")
            sys.exit(0)


report(**counts(results), status="ok")
