# datetime.date (native _datetime): construction, calendar conversions, ISO calendar and
# fromisoformat, formatting, arithmetic and comparisons, pickling, subclasses, and errors.
import pickle
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
d = date(2002, 3, 1)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday, tuple(d.isocalendar()))
print(type(d.isocalendar()).__name__, type(d.isocalendar()).__module__, d.isocalendar().__reduce__())
print(d.isoformat(), str(d), d.ctime(), d.timetuple())
print(d.strftime("%Y-%m-%d %A %B %j %U %W %a %b %y %% %f %z %Z|"), format(d, ""), format(d, "%d/%m"), f"{d:%Y}")
# constructor forms and errors
show(lambda: date(year=2000, month=2, day=29))
show(lambda: date(2001, 2, 29))
show(lambda: date(2000, 13, 1))
show(lambda: date(2000, 0, 1))
show(lambda: date(0, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(2000, 1, 32))
show(lambda: date(2000, 4, 31))
show(lambda: date())
show(lambda: date(1))
show(lambda: date(1, 2))
show(lambda: date(1, 2, 3, 4))
show(lambda: date(1, 2, x=3))
show(lambda: date(1, 2, 3, year=3))
show(lambda: date("1", 2, 3))
show(lambda: date(1.5, 2, 3))
show(lambda: date(2 ** 31, 2, 3))
show(lambda: date(2 ** 63, 2, 3))
show(lambda: date(-2 ** 31 - 1, 2, 3))
show(lambda: date(True, True, True))
# ordinals
for o in [1, 2, 59, 60, 365, 366, 719163, 730120, 3652059]:
    x = date.fromordinal(o)
    print(o, x, x.toordinal() == o, x.weekday())
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromordinal(10 ** 10))
show(lambda: date.fromordinal())
show(lambda: date.fromordinal(1.0))
# iso calendar round trips
for y, m, dd in [(2003, 12, 29), (2004, 1, 4), (2004, 12, 31), (2005, 1, 2), (2008, 12, 29), (2009, 12, 31),
                 (2010, 1, 3), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    ic = x.isocalendar()
    print(x, ic, date.fromisocalendar(*ic) == x)
show(lambda: date.fromisocalendar(10000, 1, 1))
show(lambda: date.fromisocalendar(0, 1, 1))
show(lambda: date.fromisocalendar(2000, 54, 1))
show(lambda: date.fromisocalendar(2004, 53, 1))
show(lambda: date.fromisocalendar(2003, 53, 1))
show(lambda: date.fromisocalendar(2000, 0, 1))
show(lambda: date.fromisocalendar(2000, 1, 8))
show(lambda: date.fromisocalendar(2000, 1, 0))
show(lambda: date.fromisocalendar(2 ** 40, 1, 1))
show(lambda: date.fromisocalendar(year=2000, week=1, day=1))
# fromisoformat
for s in ["2000-01-01", "20000101", "2000-W01", "2000W01", "2000-W01-3", "2000W013", "2004-W53-7",
          "2000-01-0x", "2000-1-01", "2000-01-01T00", "2000-W53", "2000W54", "200001011", "2000010100",
          "2000-001", "2000\u200001-01", "", "2000-01-01 ", "\ud800000-01-01", "2000-02-30"]:
    show(lambda: date.fromisoformat(s))
show(lambda: date.fromisoformat(20000101))
# arithmetic
show(lambda: d + timedelta(days=30))
show(lambda: timedelta(days=-30) + d)
show(lambda: d - timedelta(days=365))
show(lambda: d + timedelta(hours=47))
show(lambda: d - timedelta(seconds=1))
show(lambda: d - date(2001, 3, 1))
show(lambda: date(2001, 3, 1) - d)
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
show(lambda: date.min + timedelta.max)
show(lambda: d + 1)
show(lambda: d - 1)
show(lambda: 1 - d)
show(lambda: d - datetime(2000, 1, 1))
show(lambda: d.__add__(timedelta(1)))
show(lambda: d.__radd__(timedelta(1)))
show(lambda: d.__sub__(datetime(2000, 1, 1)))
# comparisons
e = date(2002, 3, 2)
print(d < e, d <= e, d == e, d != e, d > e, d >= e, d == date(2002, 3, 1))
print(d == 1, d != "x", d == datetime(2002, 3, 1), datetime(2002, 3, 1) == d)
print(d.__eq__(datetime(2002, 3, 1)), d.__lt__(datetime(2002, 3, 2)), d.__eq__(5))
show(lambda: d < 1)
show(lambda: d < datetime(2002, 3, 1))
show(lambda: datetime(2002, 3, 1) >= d)
print(sorted([e, d, date.min, date.max]))
# replace
show(lambda: d.replace(year=2004, day=29))
show(lambda: d.replace(month=2, day=30))
show(lambda: d.replace(2010))
show(lambda: d.replace(1, 2, 3, 4))
show(lambda: d.replace(foo=1))
# hashing and pickling
print(hash(d) == hash(date(2002, 3, 1)), len({d, date(2002, 3, 1), e}))
print(d.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(d, proto)) == d)
show(lambda: date(b'\x07\xd0\x02\x1d'))
show(lambda: date('\x07\xd0\x02\x1d'))
show(lambda: date(b'\x07\xd0\x0d\x1d'))
show(lambda: date('\u07d0\x01\x01\x01'))
# strftime and __format__ errors
show(lambda: d.strftime(1))
show(lambda: d.strftime())
show(lambda: d.strftime(format="%Y"))
show(lambda: d.__format__(1))
show(lambda: format(d, 1))
show(lambda: d.strftime("%"))
show(lambda: d.strftime("a\0b"))
show(lambda: d.isoformat(1))

class D(date):
    def __new__(cls, year, month=1, day=1):
        return super().__new__(cls, year, month, day)
    def __repr__(self):
        return "D<%s>" % self.isoformat()
    def isoformat(self):
        return "iso!" + super().isoformat()
x = D(2000, 2)
print(repr(x), str(x), type(x + timedelta(1)).__name__, type(x - timedelta(1)).__name__, type(x - x).__name__)
print(type(D.fromordinal(5)).__name__, type(D.fromisoformat("2000-01-01")).__name__, type(D.fromisocalendar(2000, 1, 1)).__name__)
print(type(x.replace(day=3)).__name__, x.replace(day=3))
class D2(date):
    pass
y = D2(2000, 1, 1)
y.attr = 5
print(y.attr, repr(y), type(y + timedelta(1)).__name__, y == date(2000, 1, 1), hash(y) == hash(date(2000, 1, 1)))
print(isinstance(date.today(), date), type(D2.today()).__name__)
print(type(D2.fromtimestamp(86400 * 400)).__name__, D2.fromtimestamp(86400 * 400).year)
show(lambda: date.fromtimestamp(1e20))
show(lambda: date.fromtimestamp(float('nan')))
show(lambda: date.fromtimestamp("x"))
