# Date arithmetic by hand: leap years, day of week (Zeller), days between dates, month calendars
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
def ordinal(y, m, d):
    n = d
    for yy in range(1, y):
        n += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        n += days_in_month(y, mm)
    return n
print([y for y in (1900, 2000, 2004, 2023, 2024, 2100) if is_leap(y)])
print(day_of_week(2000, 1, 1), day_of_week(1969, 7, 20), day_of_week(2024, 2, 29), day_of_week(1815, 6, 18))
print(ordinal(2024, 12, 31) - ordinal(2024, 1, 1), ordinal(2000, 3, 1) - ordinal(2000, 2, 28), ordinal(2023, 3, 1) - ordinal(2023, 2, 28))
def month_calendar(y, m):
    lines = [f"{y}-{m:02d}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(day_of_week(y, m, 1))
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fridays13 = [(y, m) for y in range(2020, 2026) for m in range(1, 13) if day_of_week(y, m, 13) == "Fri"]
print(fridays13)
