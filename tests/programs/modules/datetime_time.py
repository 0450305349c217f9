# datetime.time (native _datetime): construction, fold, tzinfo, isoformat/fromisoformat,
# strftime with %f/%z/%Z, comparisons of naive and aware times, hashing, pickling, errors.
import pickle
from datetime import time, timedelta, timezone, tzinfo

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return "Fixed(%s)" % self.name

print(time.min, time.max, repr(time.resolution))
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(1, 2, 0, 4), time(23, 59, 59, 999999),
          time(1, 2, 3, fold=1), time(1, 2, tzinfo=timezone.utc), time(1, 2, 3, 4, timezone(timedelta(hours=-5)), fold=1),
          time(12, tzinfo=Fixed(90, "X"))]:
    print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.tzname(), t.dst())
t = time(12, 34, 56, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(spec), time(1, 2, 3).isoformat(timespec=spec))
show(lambda: t.isoformat("bogus"))
show(lambda: t.isoformat(1))
show(lambda: t.isoformat(timespec=None))
print(t.strftime("%H:%M:%S.%f %z %Z %Y-%m-%d %%f %%z"), format(t, "%I %p"), format(t, ""))
print(time(1, tzinfo=Fixed(-1439, "%z %Z %%z%%Z")).strftime("%z|%Z"))
print(time(1, 2, 3, 5).strftime("%f"), time().strftime("%z|%Z|"))
# constructor errors
for args, kw in [((24,), {}), ((0, 60), {}), ((0, 0, 60), {}), ((0, 0, 0, 10 ** 6), {}), ((-1,), {}),
                 ((), {"fold": 2}), ((1, 2, 3, 4, 5), {}), ((1, 2, 3, 4, None, 1), {}), (("1",), {}),
                 ((), {"tzinfo": 1}), ((), {"hour": 1, "foo": 2}), ((1,), {"hour": 1}), ((1.0,), {})]:
    show(lambda: time(*args, **kw))
# fromisoformat
for s in ["12", "1230", "12:30", "12:30:45", "123045", "12:30:45.1", "12:30:45.123456789", "12:30:45,5",
          "T12:30", "12:30:45+01:00", "12:30:45-0530", "12:30:45Z", "12:30:45.5+01:00:30.25", "12:30:45.1+",
          "12:30:4", "24:00", "12:30:45x", "12:30:45:67", "12304567", "12:30Zx", "", "12:3\u00e9",
          "12:30:45+24:00", "12:30:45+00:00", "\ud80012:00"]:
    show(lambda: time.fromisoformat(s))
show(lambda: time.fromisoformat(1230))
# comparisons
a = time(12, tzinfo=timezone.utc)
b = time(13, tzinfo=timezone(timedelta(hours=1)))
c = time(12)
print(a == b, a < b, a <= b, hash(a) == hash(b), c == a, c != a, time(1) < time(2), time(1, fold=1) == time(1))
show(lambda: c < a)
show(lambda: c < 1)
print(c == 1, c.__eq__(1))
class NoneOff(tzinfo):
    def utcoffset(self, dt):
        return None
print(time(1, tzinfo=NoneOff()) == time(1), time(1, tzinfo=NoneOff()) < time(2))
print(hash(time(1, fold=1)) == hash(time(1)), len({time(1), time(1, fold=1), time(2)}))
# replace
show(lambda: t.replace(hour=1, tzinfo=None))
show(lambda: t.replace(fold=1))
show(lambda: t.replace(1, 2, 3, 4, None))
show(lambda: t.replace(1, 2, 3, 4, None, 1))
show(lambda: t.replace(hour=24))
show(lambda: t.replace(tzinfo=5))
# pickling
print(time(1, 2, 3, 4, fold=1).__reduce_ex__(4), time(1, 2, 3, 4, fold=1).__reduce_ex__(2))
print(t.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    x = time(1, 2, 3, 4, timezone.utc, fold=1)
    y = pickle.loads(pickle.dumps(x, proto))
    print(proto, y == x, y.fold, y.tzinfo is timezone.utc)
show(lambda: time(b'\x01\x02\x03\x00\x00\x04'))
show(lambda: time(b'\x81\x02\x03\x00\x00\x04', timezone.utc))
show(lambda: time(b'\x81\x02\x03\x00\x00\x04', 5))
show(lambda: time('\x01\x02\x03\x00\x00\x04'))
show(lambda: time(b'\x19\x02\x03\x00\x00\x04'))
# tzinfo results checked
class Bad(tzinfo):
    def __init__(self, v):
        self.v = v
    def utcoffset(self, dt):
        return self.v
    def tzname(self, dt):
        return self.v
    def dst(self, dt):
        return self.v
for v in [1, "x", timedelta(hours=24), timedelta(hours=-24), timedelta(hours=23, microseconds=1), None]:
    x = time(1, tzinfo=Bad(v))
    show(lambda: x.utcoffset())
    show(lambda: x.dst())
    show(lambda: x.tzname())
    show(lambda: x.isoformat())
class T(time):
    pass
s = T(1, 2, fold=1)
print(repr(s), type(s.replace(hour=3)).__name__, s.replace(hour=3).fold, type(T.fromisoformat("01:02")).__name__)
