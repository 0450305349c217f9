# datetime.tzinfo and datetime.timezone (native _datetime): the abstract base, fromutc's
# algorithm and its errors, fixed-offset zones (names, str/repr, bounds, equality, hashing),
# pickling of tzinfo subclasses (with __dict__, __slots__, __getinitargs__) and copy.
import copy
import pickle
from datetime import datetime, time, timedelta, timezone, tzinfo

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

base = tzinfo()
show(lambda: base.utcoffset(None))
show(lambda: base.dst(None))
show(lambda: base.tzname(None))
show(lambda: base.fromutc(1))
show(lambda: base.fromutc(datetime(2000, 1, 1)))
show(lambda: base.fromutc(datetime(2000, 1, 1, tzinfo=base)))
show(lambda: base.__reduce__())
show(lambda: type(pickle.loads(pickle.dumps(base))).__name__)
show(lambda: tzinfo(1, 2) is not None)

class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None
class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        return None
class Flaky(tzinfo):
    def __init__(self):
        self.n = 0
    def utcoffset(self, dt):
        return timedelta(hours=1)
    def dst(self, dt):
        self.n += 1
        return timedelta(0) if self.n == 1 else None
for tz in [NoOffset(), NoDst(), Flaky()]:
    show(lambda: tz.fromutc(datetime(2000, 1, 1, tzinfo=tz)))

class Summer(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        return timedelta(hours=1) if dt.month in (6, 7, 8) else timedelta(0)
    def tzname(self, dt):
        return "S" if self.dst(dt) else "W"
    def __repr__(self):
        return "Summer()"
s = Summer()
for m in [1, 6, 9]:
    u = datetime(2000, m, 1, 12, tzinfo=timezone.utc)
    l = u.astimezone(s)
    print(repr(l), l.tzname(), l.utcoffset(), l.dst(), l.strftime("%H:%M %Z %z"), l.timetuple().tm_isdst)

# timezone
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "Z"), timezone(timedelta(hours=5, minutes=30)),
           timezone(timedelta(hours=-5), "EST"), timezone(timedelta(seconds=-1)), timezone(timedelta(microseconds=1)),
           timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)), timezone.min, timezone.max,
           timezone(name="N", offset=timedelta(minutes=1))]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz.__getinitargs__(), tz.__reduce__())
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc)
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(timedelta(hours=-24, microseconds=1)))
show(lambda: timezone(1))
show(lambda: timezone())
show(lambda: timezone(timedelta(0), 1))
show(lambda: timezone(timedelta(0), None))
show(lambda: timezone(timedelta(0), "a", 1))
show(lambda: timezone(offset=timedelta(0), nam="x"))
show(lambda: timezone.utc.utcoffset(1))
show(lambda: timezone.utc.tzname(time()))
show(lambda: timezone.utc.dst("x"))
show(lambda: timezone.utc.fromutc(datetime(2000, 1, 1)))
show(lambda: timezone.utc.fromutc(1))
show(lambda: timezone(timedelta(hours=2)).fromutc(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=2)))))
e = timezone(timedelta(hours=2))
show(lambda: e.fromutc(datetime(2000, 1, 1, 23, tzinfo=e)))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), timezone.utc != timezone.min,
      timezone.utc == 1, timezone.utc.__eq__(tzinfo()), hash(timezone(timedelta(hours=1), "a")) == hash(timezone(timedelta(hours=1))))
show(lambda: timezone.utc < timezone.min)
try:
    class Sub(timezone):
        pass
except TypeError as exc:
    print("TypeError", exc)
print(copy.copy(timezone.utc) is timezone.utc, copy.deepcopy(e) == e, pickle.loads(pickle.dumps(e)) == e)
print(pickle.loads(pickle.dumps(timezone.utc)) is timezone.utc, repr(pickle.loads(pickle.dumps(timezone(timedelta(1 / 24), "x")))))

class WithDict(tzinfo):
    def __init__(self, off=0):
        self.off = timedelta(minutes=off)
    def utcoffset(self, dt):
        return self.off
class WithSlots(tzinfo):
    __slots__ = ("off", "name")
    def __init__(self, off=0):
        self.off = timedelta(minutes=off)
    def utcoffset(self, dt):
        return self.off
class WithArgs(tzinfo):
    def __init__(self, off):
        self.off = timedelta(minutes=off)
    def __getinitargs__(self):
        return (int(self.off.total_seconds() // 60),)
    def utcoffset(self, dt):
        return self.off
for z in [WithDict(90), WithSlots(-30), WithArgs(15)]:
    r = z.__reduce__()
    print(type(z).__name__, r[0].__name__, r[1], r[2] if not isinstance(r[2], tuple) else (r[2][0], sorted(r[2][1].items())))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        y = pickle.loads(pickle.dumps(z, proto))
        print(proto, type(y).__name__, y.utcoffset(None))
    d = datetime(2000, 1, 1, tzinfo=z)
    y = pickle.loads(pickle.dumps(d))
    print(y, y.tzinfo.utcoffset(None), copy.deepcopy(d) == d)
