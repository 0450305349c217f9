"""std_datetime (stdlib): calendar arithmetic with date, datetime, timedelta and
fixed-offset timezones - adding durations, differences, weekdays, ISO
formatting and parsing, strftime, comparisons and sorting.

Measures: the datetime module (C on CPython, pure Python on PyPy), object
creation, rich comparisons, string formatting.
No local time zone and no clock are used, so the output is the same everywhere.
Size: number of events.
"""
import sys
from datetime import date, datetime, timedelta, timezone
from _harness import main

ZONES = [timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30)),
         timezone(timedelta(hours=9), "JST")]


def bench(count):
    start = datetime(2000, 1, 1, 0, 0, 0, tzinfo=timezone.utc)
    events = []
    for i in range(count):
        delta = timedelta(days=i % 4000, hours=i % 24, minutes=i * 7 % 60, seconds=i % 61,
                          microseconds=i * 13 % 1000000)
        events.append((start + delta).astimezone(ZONES[i % len(ZONES)]))
    events.sort()
    span = events[-1] - events[0]
    weekdays = [0] * 7
    iso_length = 0
    round_trips = 0
    for i, event in enumerate(events):
        weekdays[event.weekday()] += 1
        if i % 5 == 0:
            text = event.isoformat()
            iso_length += len(text)
            if datetime.fromisoformat(text) == event:
                round_trips += 1
    formatted = sum(len(e.strftime("%Y/%m/%d %H:%M:%S %z %j")) for e in events[::11])
    days = 0
    d = date(1999, 12, 31)
    for i in range(count // 4):
        d = d + timedelta(days=37)
        if d.year > 9000:  # stay clear of date.max
            d = date(1999, 12, 31) + timedelta(days=i % 37)
        days += d.toordinal() % 1000 + (d.month == 2 and d.day == 29)
    leap = sum(1 for y in range(1600, 1600 + count // 100) if date(y, 3, 1) - date(y, 2, 28) == timedelta(days=2))
    return "std_datetime count=%d span=%s weekdays=%s iso=%d round_trips=%d formatted=%d days=%d leap=%d last=%s" % (
        count, span, weekdays, iso_length, round_trips, formatted, days, leap, d.isoformat())


if __name__ == "__main__":
    main(bench, 350000)
