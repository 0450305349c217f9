import time

def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, args, "->", repr(r))
    except Exception as e:
        print(f.__name__, args, "!", type(e).__name__, e)

# Module contents.
print(sorted(n for n in dir(time) if not n.startswith("__")))
print([(n, getattr(time, n)) for n in sorted(dir(time)) if n.startswith("CLOCK_")], time._STRUCT_TM_ITEMS)
print(type(time.timezone), type(time.altzone), type(time.daylight), type(time.tzname), len(time.tzname))

# Clocks: types and relationships only.
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    a = f(); b = f()
    ns = getattr(time, name + "_ns")()
    print(name, type(a).__name__, type(ns).__name__, b >= a, ns > 0)
    info = time.get_clock_info(name)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution, type(info).__name__)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0, time.time() > 1.6e9)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1.0)
print(abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 1.0)
print(type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__, time.clock_getres(time.CLOCK_REALTIME))
t0 = time.monotonic(); p0 = time.perf_counter()
time.sleep(0.05)
d = time.monotonic() - t0
print("slept", 0.045 <= d < 1.0, time.perf_counter() - p0 >= 0.045)
time.sleep(0); time.sleep(False); time.sleep(0.001)
for bad in [-1, -0.5, "a", None, float("nan"), 1e300]:
    show(time.sleep, bad)
show(time.sleep)
show(time.get_clock_info, "nope")
show(time.get_clock_info, 5)
show(time.clock_gettime, 10)
show(time.clock_gettime, "x")

# struct_time as a struct sequence.
st = time.gmtime(1076331907)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff, len(st), st[0], st[-1], st[2:5], list(st)[:3], tuple(st) == st, st == tuple(st))
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), hash(st) == hash(tuple(st)))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
print(st.__reduce__())
print(st + (1,), type(st + (1,)).__name__, st[:], type(st[:]).__name__)
print(time.struct_time.tm_year.__doc__, "|", time.struct_time.tm_zone.__doc__)
try:
    st.tm_year = 5
except AttributeError as e:
    print("AttributeError", "readonly" in str(e) or "foo" in str(e))
try:
    st.foo = 5
except AttributeError as e:
    print("AttributeError", "readonly" in str(e) or "foo" in str(e))
try:
    class Sub(time.struct_time):
        pass
except TypeError as e:
    print("TypeError", "acceptable base type" in str(e))
s2 = time.struct_time(range(9))
print(s2, s2.tm_zone, s2.tm_gmtoff)
s3 = time.struct_time((1, 2, 3, 4, 5, 6, 0, 8, 0, "ZZ", 3600))
print(s3, s3.tm_zone, s3.tm_gmtoff, len(s3))
s4 = time.struct_time([1] * 9, {"tm_zone": "Q", "other": 1})
print(s4.tm_zone, s4.tm_gmtoff)
s5 = time.struct_time(sequence=[2] * 9)
print(s5)
for args in [(range(8),), (range(12),), (5,), ([1] * 9, 5), ([1] * 9, None), (), ([1] * 9, {}, 3)]:
    try:
        time.struct_time(*args)
    except TypeError as e:
        print("TypeError", e)
match st:
    case time.struct_time(tm_year=y, tm_mon=m):
        print("matched", y, m)

# gmtime edge cases.
for secs in [0, 1.9, -1.5, -1, 86399, 86400, 951782400, 4102444800, 1e16, -1e16, 2**40, True]:
    show(time.gmtime, secs)
for bad in ["x", 1e20, 2**63, float("nan"), float("inf"), -float("inf"), [1]]:
    show(time.gmtime, bad)
show(time.gmtime, 5, 6)
print(time.gmtime() >= time.gmtime(1.6e9), time.gmtime(None).tm_year >= 2024)

# localtime and mktime round trip (the result depends on the zone; compare relationships).
for secs in [0, 1e9, 1234567890, 1700000000, -86400 * 400]:
    lt = time.localtime(secs)
    print(secs, time.mktime(lt) == secs, lt.tm_gmtoff == -(time.altzone if lt.tm_isdst > 0 else time.timezone),
          lt.tm_zone in time.tzname)
print(time.mktime(time.localtime()) <= time.time() + 1)
print(time.localtime(None).tm_year >= 2024)
show(time.localtime, "x")
for bad in [5, (1, 2), (2000, "a", 1, 0, 0, 0, 0, 1, 0), (2000, 1.5, 1, 0, 0, 0, 0, 1, 0), (2**40,) + (1,) * 8,
            (-2**40,) + (1,) * 8]:
    show(time.mktime, bad)
show(time.mktime)

# asctime / ctime / checks.
print(time.asctime(st), "|", time.ctime(0) == time.asctime(time.localtime(0)))
print(isinstance(time.asctime(), str), isinstance(time.ctime(), str), len(time.ctime()) == 24)
for tup in [(2000, 0, 0, 0, 0, 0, 0, 0, 0), (2000, -1, 1, 0, 0, 0, 0, 1, 0), (2000, 13, 1, 0, 0, 0, 0, 1, 0),
            (2000, 1, -1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, -1, 0, 0, 0, 1, 0),
            (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0),
            (2000, 1, 1, 0, 0, 61, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 7, 1, 0), (2000, 1, 1, 0, 0, 0, -1, 1, 0),
            (2000, 1, 1, 0, 0, 0, -2, 1, 0), (2000, 1, 1, 0, 0, 0, -8, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0),
            (2000, 1, 1, 0, 0, 0, 0, -1, 0), (2000, 1, 1, 0, 0, 0, 0, 1, 5), (-5, 1, 1, 0, 0, 0, 0, 1, 0),
            (12345, 1, 1, 0, 0, 0, 0, 1, 0), [2000, 1, 1, 0, 0, 0, 0, 1, 0], (1, 2, 3)]:
    show(time.asctime, tup)
    show(time.strftime, "%a %b %d %j %H %M %S %w %u", tup)
show(time.strftime, 5)
show(time.strftime, "a\0b")
show(time.strftime, "%Y", 5)
show(time.strftime, "%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0, 5))
show(time.ctime, "a")
show(time.asctime, 1, 2)
print(isinstance(time.strftime("%Y"), str), time.strftime("%Y") == str(time.localtime().tm_year))

# mktime normalisation and the DST flag.
print(time.mktime((2000, 13, 35, 25, 61, 61, 9, 400, 0)) - time.mktime((2001, 2, 4, 2, 2, 1, 0, 1, 0)))
print(time.mktime(time.gmtime(0)) == -time.timezone if time.daylight == 0 else True)
time.tzset()
print(type(time.timezone), time.tzname == tuple(time.tzname))
for f, a in [(time.asctime, (1, 2)), (time.ctime, (1, 2)), (time.localtime, (1, 2)), (time.strftime, ()),
             (time.strftime, (1, 2, 3)), (time.mktime, ()), (time.mktime, (1, 2)), (time.time, (1,)),
             (time.tzset, (1,)), (time.get_clock_info, ()), (time.monotonic_ns, (1,))]:
    show(f, *a)
for f in (time.gmtime, time.mktime, time.get_clock_info, time.sleep):
    try:
        f(x=1)
    except TypeError as e:
        print(f.__name__, e)
