# datetime.datetime (native _datetime): construction, fields, arithmetic (naive and aware),
# comparisons with fold (PEP 495), isoformat/fromisoformat, strftime/strptime, timestamps
# with explicit time zones, astimezone between fixed zones, combine, pickling, subclasses.
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(datetime.min, datetime.max, repr(datetime.resolution), UTC is timezone.utc)
dt = datetime(2002, 3, 1, 12, 30, 45, 123456)
print(repr(dt), str(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.weekday(), dt.toordinal(), dt.isocalendar())
print(dt.timetuple(), dt.utctimetuple())
print(repr(datetime(1, 2, 3)), repr(datetime(1, 2, 3, 4, 5, 6)), repr(datetime(1, 2, 3, 0, 0, 0, 7, fold=1)))
print(repr(datetime(1, 2, 3, tzinfo=timezone.utc, fold=1)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(dt.isoformat(timespec=spec), dt.isoformat(" ", spec), datetime(2000, 1, 1).isoformat(timespec=spec))
print(dt.isoformat("\U0001F600"), dt.isoformat(sep="x"))
show(lambda: dt.isoformat("xy"))
show(lambda: dt.isoformat(1))
show(lambda: dt.isoformat(timespec="x"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %j %z %Z %%"), format(dt, "%c"), f"{dt}")
# constructor errors
for args, kw in [((2000, 1, 1, 24), {}), ((2000, 1, 1, 0, 0, 0, 0, None, 1), {}), ((2000, 1, 1), {"fold": 2}),
                 ((2000, 1, 1), {"tzinfo": 1}), ((2000, 13, 1), {}), ((2000,), {}), ((2000, 1), {"day": 1, "hour": 1}),
                 ((2000, 1, 1), {"minute": 60}), ((2000, 1, 1), {"second": -1}), ((2000, 1, 1), {"microsecond": 10 ** 6})]:
    show(lambda: datetime(*args, **kw))
# arithmetic
show(lambda: dt + timedelta(days=1, hours=12))
show(lambda: timedelta(microseconds=-123457) + dt)
show(lambda: dt - timedelta(weeks=1000))
show(lambda: dt - datetime(2000, 1, 1))
show(lambda: datetime(2000, 1, 1) - dt)
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(microseconds=1))
show(lambda: datetime.max - datetime.min)
show(lambda: dt + 1)
show(lambda: dt - date(2000, 1, 1))
show(lambda: date(2000, 1, 1) - dt)
show(lambda: dt + dt)
# aware arithmetic and comparison
e5 = timezone(timedelta(hours=-5), "EST")
a = datetime(2000, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2000, 1, 1, 7, tzinfo=e5)
c = datetime(2000, 1, 1, 12)
print(a == b, a - b, b - a, a < b, hash(a) == hash(b), a + timedelta(1), repr(b - timedelta(hours=10)))
print(c == a, c != a)
show(lambda: c < a)
show(lambda: c - a)
show(lambda: a < date(2000, 1, 1))
show(lambda: c < 1)
print(a == date(2000, 1, 1), a != date(2000, 1, 1), a.__eq__(1))
# astimezone / fromutc between fixed zones
show(lambda: a.astimezone(e5))
show(lambda: b.astimezone(timezone.utc))
show(lambda: a.astimezone(timezone(timedelta(hours=5, minutes=30))))
show(lambda: a.astimezone(timezone.utc) is a)
show(lambda: a.astimezone(1))
show(lambda: e5.fromutc(a.replace(tzinfo=e5)))
show(lambda: e5.fromutc(a))
show(lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(timezone.utc))
# a tzinfo with DST rules (fold, gaps) through tzinfo.fromutc
class US(tzinfo):
    """Eastern time with DST from 2am on the second Sunday of March to 2am on the first Sunday of November."""
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 8, 2) + timedelta(days=(6 - datetime(dt.year, 3, 8).weekday()) % 7)
        end = datetime(dt.year, 11, 1, 1) + timedelta(days=(6 - datetime(dt.year, 11, 1).weekday()) % 7)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return timedelta(hours=1)
        if end <= naive < end + timedelta(hours=1) and not dt.fold:
            return timedelta(hours=1)
        return timedelta(0)
    def __repr__(self):
        return "US()"
us = US()
for h in range(4, 8):
    u = datetime(2014, 11, 2, h, 30, tzinfo=timezone.utc)
    l = u.astimezone(us)
    print(u.time(), repr(l), l.tzname(), l.utcoffset(), l.fold)
for h in range(5, 9):
    u = datetime(2014, 3, 9, h, 30, tzinfo=timezone.utc)
    l = u.astimezone(us)
    print(u.time(), l, l.tzname())
x0 = datetime(2014, 11, 2, 1, 30, tzinfo=us)
x1 = x0.replace(fold=1)
print(x0.utcoffset(), x1.utcoffset(), x0 == x1, x0 == x0.astimezone(timezone.utc), x1 == x1.astimezone(timezone.utc),
      x1.astimezone(timezone.utc) == x1.astimezone(timezone.utc), hash(x0) == hash(x1))
print(x0.timetuple().tm_isdst, x1.timetuple().tm_isdst, x0.utctimetuple())
# timestamps (explicit zones only)
for ts in [0, 1.5, -1.5, 86400 * 365.25, 1e9, 1.9999996, -1.9999996, 0.5e-6, 1.5e-6, 2.5e-6, -62135596800]:
    print(ts, repr(datetime.fromtimestamp(ts, timezone.utc)), repr(datetime.utcfromtimestamp(ts)),
          ts < 0 or repr(datetime.fromtimestamp(ts, tz=e5)))
for bad in [1e20, float('nan'), float('inf'), "x", -62135596801, 253402300800]:
    show(lambda: datetime.fromtimestamp(bad, timezone.utc))
    show(lambda: datetime.utcfromtimestamp(bad))
show(lambda: datetime.fromtimestamp(0, 1))
show(lambda: datetime.fromtimestamp())
print(a.timestamp(), b.timestamp(), datetime(1, 1, 1, tzinfo=timezone.utc).timestamp(),
      datetime(2000, 1, 1, 0, 0, 0, 1, tzinfo=timezone.utc).timestamp())
print(isinstance(datetime.now(), datetime), datetime.now(timezone.utc).tzinfo is timezone.utc,
      isinstance(datetime.utcnow(), datetime), datetime.now(tz=e5).tzinfo is e5, isinstance(datetime.today(), datetime))
show(lambda: datetime.now(1))
# fromisoformat
for s in ["2000-01-01", "2000-01-01T12", "2000-01-01T12:30", "2000-01-01 12:30:45.123", "2000-01-01T12:30:45,5Z",
          "2000-01-01T12:30:45.123456789+01:30", "20000101T123045", "2000-W01-1T1230", "2000W011T1230",
          "2000W01T12", "2000-W01T12", "2000-01-01\ud800120000", "2000-01-01\U0001F600120000",
          "2000-01-01T24:00", "2000-01-01T", "2000-01-01T12:30:45+25:00", "2000-01-01X12", "2000-13-01",
          "2000-01-01T12:30:45.1234567+01:30:15.25", "2000-01-01T12:30:45-00:00", "2000-01", "abcdefghijk",
          "2000-W01-", "2000-W01-8T12"]:
    show(lambda: datetime.fromisoformat(s))
show(lambda: datetime.fromisoformat(None))
for x in [dt, a, b, datetime(2000, 1, 1, tzinfo=timezone(timedelta(seconds=-1, microseconds=5)))]:
    print(datetime.fromisoformat(x.isoformat()) == x, datetime.fromisoformat(str(x)) == x)
# strptime
show(lambda: datetime.strptime("2002-03-01 12:30:45.5", "%Y-%m-%d %H:%M:%S.%f"))
show(lambda: datetime.strptime("2002-03-01 +0130", "%Y-%m-%d %z"))
show(lambda: datetime.strptime("x", "%Y"))
show(lambda: datetime.strptime(1, "%Y"))
show(lambda: datetime.strptime("2002"))
# combine
show(lambda: datetime.combine(date(2000, 1, 2), time(3, 4, 5, 6, timezone.utc, fold=1)))
show(lambda: datetime.combine(date(2000, 1, 2), time(3, 4, tzinfo=timezone.utc), tzinfo=None))
show(lambda: datetime.combine(date(2000, 1, 2), time(3, 4), e5))
show(lambda: datetime.combine(dt, time(1)))
show(lambda: datetime.combine(1, time(1)))
show(lambda: datetime.combine(date(2000, 1, 1), 1))
show(lambda: datetime.combine(time=time(1), date=date(2000, 1, 1)))
# replace
show(lambda: dt.replace(year=2004, month=2, day=29, tzinfo=e5, fold=1))
show(lambda: dt.replace(day=31, month=2))
show(lambda: dt.replace(2000, 1, 1, 1, 1, 1, 1, None, 1))
show(lambda: dt.replace(foo=1))
# hashing and pickling
print(hash(dt) == hash(datetime(2002, 3, 1, 12, 30, 45, 123456)), hash(dt.replace(fold=1)) == hash(dt))
print(dt.__reduce__(), b.__reduce_ex__(2), datetime(2000, 1, 1, fold=1).__reduce_ex__(4))
show(lambda: dt.__reduce_ex__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in [dt, a, b, datetime(2000, 1, 1, fold=1)]:
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, y == x, y.fold, repr(y.tzinfo))
show(lambda: datetime(b'\x07\xd0\x01\x01\x00\x00\x00\x00\x00\x00'))
show(lambda: datetime(b'\x07\xd0\x81\x01\x00\x00\x00\x00\x00\x00', e5))
show(lambda: datetime('\x07\xd0\x01\x01\x00\x00\x00\x00\x00\x00'))
show(lambda: datetime(b'\x07\xd0\x01\x01\x00\x00\x00\x00\x00\x00', 1))
# subclasses
class DT(datetime):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.note = "made"
        return self
s = DT(2000, 1, 1, 12, tzinfo=timezone.utc)
print(repr(s), s.note, type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__, type(s - s).__name__)
print(type(s.astimezone(e5)).__name__, type(DT.fromtimestamp(0, timezone.utc)).__name__, type(DT.utcfromtimestamp(0)).__name__)
print(type(DT.combine(date(2000, 1, 1), time())).__name__, type(DT.fromisoformat("2000-01-01")).__name__,
      type(DT.strptime("2000", "%Y")).__name__, type(DT.now()).__name__, type(s.replace(year=2001)).__name__)
print(type(DT.fromordinal(1)).__name__, type(DT.fromisocalendar(2000, 1, 1)).__name__, DT.fromordinal(1))
print(type(pickle.loads(pickle.dumps(s))).__name__, s == pickle.loads(pickle.dumps(s)))
print(type(s.date()).__name__, type(s.time()).__name__, isinstance(s, date))
