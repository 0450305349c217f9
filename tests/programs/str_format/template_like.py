# Building tables and reports with formatting (realistic use)
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 150, 0.1), ("durian", 1, 12.75)]
print(f"{'name':<10}{'qty':>5}{'price':>8}{'total':>10}")
print("-" * 33)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}{qty:>5d}{price:>8.2f}{total:>10.2f}")
print("=" * 33)
print(f"{'TOTAL':<23}{grand:>10.2f}")
print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"))
for i in range(1, 6):
    print("{0:2d} {1:3d} {2:4d} {3:>6.3f}".format(i, i * i, i ** 3, i ** 0.5))
print("%-8s%5d%8.1f%%" % ("cpu", 3, 97.25))
data = {"alpha": 1, "beta": 22, "gamma": 333}
width = max(len(k) for k in data)
for k, v in data.items():
    print(f"{k:.<{width + 3}}{v:.>5}")
print(f"{'bar':=^20}")
print("|".join(f"{x:^5}" for x in ["a", "bb", "ccc"]))
