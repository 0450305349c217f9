from datetime import timedelta
for a in [(0,), (1,), (-1,), (0, -1), (0, 0, -1), (1, 2, 3, 4, 5, 6, 7), (-5, 86399, 999999), (0, 0, 0, 0, 0, 0, -1),
          (999999999,), (-999999999,), (0, 10**12), (104249, 86399), (-104249,), (0, -0), (0, 0, 10**15), (0, 0, 2**53)]:
    d = timedelta(*a); print(a, repr(d), d.days, d.seconds, d.microseconds, str(d))
for a in [(1000000000,), (-1000000000,), (0, 10**17)]:
    try: print(timedelta(*a))
    except OverflowError as e: print("OverflowError", e)
print(timedelta(hours=-5, minutes=-30), timedelta(weeks=1, days=-7), timedelta(True, 1.5))
