# Exceptions that compiled code raises without a JS throw (a dict's KeyError, a list's or
# tuple's IndexError, an int divided by zero, `raise`, bare `raise`, RERAISE in finally and
# except clauses, StopIteration from next(), an exception out of a compiled callee): each
# function runs 120 times so that it is compiled, and every outcome is checked against the
# first one (tracebacks, __context__, __cause__, messages, handlers).
import sys


def tb_summary(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append("%s:%d" % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def describe(exc):
    ctx = exc.__context__
    cause = exc.__cause__
    return (type(exc).__name__, str(exc), tb_summary(exc),
            None if ctx is None else (type(ctx).__name__, str(ctx)),
            None if cause is None else (type(cause).__name__, str(cause)),
            exc.__suppress_context__)


def repeat(name, fn, *args):
    results = set()
    for _ in range(120):
        try:
            r = ("ok", fn(*args))
        except BaseException as e:
            r = ("raised",) + tuple(str(x) for x in describe(e))
        results.add(r)
    print(name, len(results), sorted(results)[0])


def dict_miss(d, k):
    try:
        return d[k]
    except KeyError as e:
        return "caught %r %r" % (e.args, sys.exc_info()[0].__name__)


def dict_miss_out(d, k):
    return d[k] + 1


def list_index(seq, i):
    try:
        return seq[i]
    except IndexError as e:
        return "caught %s" % e


def list_index_out(seq, i):
    x = 1
    return seq[i] + x


def divide(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return "caught %s" % e


def divide_out(a, b, op):
    if op == 0:
        return a // b
    if op == 1:
        return a % b
    return a / b


def raiser(kind):
    if kind == 0:
        raise ValueError("v")
    if kind == 1:
        raise KeyError("k")
    return kind


def caller(kind):
    try:
        return raiser(kind)
    except ValueError as e:
        return "value %s" % e


def chain_from(kind):
    try:
        raiser(kind)
    except KeyError as e:
        raise RuntimeError("wrapped") from e


def chain_context(kind):
    try:
        raiser(kind)
    except ValueError:
        raise TypeError("during")


def bare_reraise(kind):
    try:
        raiser(kind)
    except ValueError:
        raise


def finally_reraise(log, kind):
    try:
        raiser(kind)
    finally:
        log.append(kind)


def outer_finally(kind):
    log = []
    try:
        return finally_reraise(log, kind)
    except KeyError as e:
        return "outer %s %d" % (e, len(log))


def no_match(kind):
    try:
        raiser(kind)
    except TypeError:
        return "no"


def next_end(it):
    try:
        return next(it)
    except StopIteration as e:
        return "stop %r" % (e.value,)


def gen_return():
    yield 1
    return "done"


def next_value(g):
    next(g)
    try:
        next(g)
    except StopIteration as e:
        return e.value


def next_out(it):
    return next(it)


def nested_handlers(d):
    try:
        try:
            return d["missing"]
        except KeyError:
            return [][0]
    except IndexError as e:
        return ("inner", str(e), type(e.__context__).__name__)


def handled_state():
    try:
        {}[1]
    except KeyError:
        pass
    return sys.exc_info()


def gen_with_miss(d):
    for k in ("a", "b"):
        try:
            yield d[k]
        except KeyError:
            yield "miss " + k
    yield d["c"]


def deep(n):
    if n == 0:
        return {}["bottom"]
    return deep(n - 1)


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        return kind is not None and issubclass(kind, (KeyError, IndexError))


def with_suppress(d, seq):
    got = []
    with Suppress():
        got.append(d["x"])
    with Suppress():
        got.append(seq[10])
    with Suppress():
        got.append(seq[0])
    return tuple(got)


class Getter:
    def __getitem__(self, k):
        if k > 2:
            raise IndexError("getter %d" % k)
        return k


def loop_with_errors(n):
    d = {i: i for i in range(0, n, 3)}
    seq = list(range(5))
    total = misses = 0
    for i in range(n):
        try:
            total += d[i]
        except KeyError:
            misses += 1
        try:
            total += seq[i]
        except IndexError:
            misses += 1
        try:
            total += 100 // (i % 4)
        except ZeroDivisionError:
            misses += 1
    return total, misses


repeat("dict_miss", dict_miss, {1: 2}, (1, 2))
repeat("dict_miss_hit", dict_miss, {1: 2}, 1)
repeat("dict_miss_out", dict_miss_out, {}, "key")
repeat("list_index", list_index, [1, 2], 5)
repeat("list_index_neg", list_index, [1, 2], -3)
repeat("tuple_index", list_index, (1, 2), 2)
repeat("list_index_big", list_index, [1], 2 ** 70)
repeat("list_index_out", list_index_out, [], 0)
repeat("getter", list_index, Getter(), 3)
repeat("divide", divide, 7, 0)
repeat("divide_float", divide, 7.0, 0)
repeat("divide_out_floordiv", divide_out, 1, 0, 0)
repeat("divide_out_mod", divide_out, 1, 0, 1)
repeat("divide_out_true", divide_out, 1, 0, 2)
repeat("divide_out_float", divide_out, 1.5, 0.0, 2)
repeat("caller_value", caller, 0)
repeat("caller_key", caller, 1)
repeat("caller_ok", caller, 2)
repeat("chain_from", chain_from, 1)
repeat("chain_from_other", chain_from, 0)
repeat("chain_context", chain_context, 0)
repeat("bare_reraise", bare_reraise, 0)
log = []
repeat("finally_reraise", finally_reraise, log, 1)
print("finally ran", len(log))
repeat("outer_finally", outer_finally, 1)
repeat("no_match", no_match, 0)
repeat("next_end", next_end, iter([]))
repeat("next_end_gen", next_end, (x for x in ()))
print("next_value", {next_value(gen_return()) for _ in range(120)})
repeat("next_out", next_out, iter(()))
repeat("nested_handlers", nested_handlers, {})
print("handled_state", {handled_state() for _ in range(120)})
print("gen_with_miss", {tuple(gen_with_miss({"a": 1, "c": 3})) for i in range(120)})
try:
    list(gen_with_miss({"a": 1}))
except KeyError as e:
    print("gen_with_miss raised", describe(e))
repeat("deep", deep, 5)
repeat("with_suppress", with_suppress, {}, [1])
print("loop_with_errors", loop_with_errors(3000))


def profiled():
    events = []

    def prof(frame, event, arg):
        if frame.f_code.co_name in ("dict_miss_out", "raiser", "caller"):
            events.append((event, frame.f_code.co_name))

    sys.setprofile(prof)
    try:
        dict_miss_out({}, 1)
    except KeyError:
        pass
    caller(0)
    sys.setprofile(None)
    return events


print("profiled", profiled())
print("exc_info after", sys.exc_info())
