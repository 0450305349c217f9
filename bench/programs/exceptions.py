"""exceptions: raising and catching inside loops - a class hierarchy of errors,
try/except/else/finally, re-raise with `from`, KeyError/IndexError/ZeroDivisionError
from builtins, StopIteration, and context managers that swallow errors.

Measures: the cost of raise and catch (traceback creation, exception matching
by class), finally blocks on the fast path, and __enter__/__exit__ calls.
Size: number of loop iterations.
"""
import sys
from _harness import main


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class RetryableError(AppError):
    pass


class FatalError(AppError):
    pass


def risky(i):
    if i % 7 == 0:
        raise RetryableError(i)
    if i % 11 == 0:
        raise FatalError(i)
    return i


def wrapped(i):
    # Translate a low-level error into an application error, keeping the cause.
    try:
        return 100 // (i % 5)
    except ZeroDivisionError as e:
        raise AppError(-i) from e


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.swallowed = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.swallowed += 1
            return True
        return False


def bench(n):
    retried = fatal = ok = finals = chained = 0
    table = {i: i * i for i in range(0, 100, 3)}
    items = list(range(50))
    missing = 0
    suppress = Suppress(IndexError, KeyError)
    for i in range(n):
        try:
            ok += risky(i)
        except RetryableError as e:
            retried += e.code
        except AppError as e:
            fatal += e.code
        else:
            ok += 1
        finally:
            finals += 1
        try:
            ok += wrapped(i)
        except AppError as e:
            if isinstance(e.__cause__, ZeroDivisionError):
                chained += 1
        try:
            ok += table[i % 100]
        except KeyError:
            missing += 1
        with suppress:
            ok += items[i % 60]
        with suppress:
            ok += table[i % 10]
        it = iter(items[:i % 3])
        while True:
            try:
                ok += next(it)
            except StopIteration:
                break
    return "exceptions n=%d ok=%d retried=%d fatal=%d finals=%d chained=%d missing=%d swallowed=%d" % (
        n, ok, retried, fatal, finals, chained, missing, suppress.swallowed)


if __name__ == "__main__":
    main(bench, 500000)
