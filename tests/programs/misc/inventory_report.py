# An inventory report: grouping, sorting by multiple keys, totals, formatted table output, and validation errors
rows = [
    ("widget", "tools", 12, 2.50), ("gadget", "tools", 3, 19.99), ("apple", "food", 100, 0.30),
    ("banana", "food", 150, 0.25), ("hammer", "tools", 7, 12.00), ("cheese", "food", 8, 6.75), ("cable", "electronics", 40, 3.10),
]
def validate(row):
    name, cat, qty, price = row
    if not isinstance(qty, int) or qty < 0:
        raise ValueError(f"bad qty for {name}: {qty!r}")
    if price <= 0:
        raise ValueError(f"bad price for {name}: {price!r}")
    return row
for r in rows + [("ghost", "misc", -1, 1.0), ("free", "misc", 1, 0.0)]:
    try:
        validate(r)
    except ValueError as e:
        print("invalid:", e)
by_cat = {}
for name, cat, qty, price in rows:
    by_cat.setdefault(cat, []).append((name, qty, price, qty * price))
grand = 0.0
for cat in sorted(by_cat):
    items = sorted(by_cat[cat], key=lambda t: (-t[3], t[0]))
    subtotal = sum(t[3] for t in items)
    grand += subtotal
    print(f"== {cat.upper()} ({len(items)} items) ==")
    for name, qty, price, value in items:
        print(f"  {name:<8} {qty:>4} x {price:>6.2f} = {value:>8.2f}")
    print(f"  {'subtotal':<22}{subtotal:>10.2f}")
print(f"{'GRAND TOTAL':<24}{grand:>10.2f}")
cheapest = min(rows, key=lambda r: (r[3], r[0]))
most = max(rows, key=lambda r: r[2])
print(cheapest[0], most[0], sorted({r[1] for r in rows}), round(grand / sum(r[2] for r in rows), 4))
