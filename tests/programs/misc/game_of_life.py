# Conway's Game of Life on a small torus, using sets of (int, int) tuples sorted for printing
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % w, (y + dy) % h)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, c in counts.items() if c == 3 or (c == 2 and p in live)}
def show(live, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in live else "." for x in range(w)))
    print()
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
live = glider
for gen in range(4):
    print("generation", gen, "population", len(live))
    show(live, 8, 6)
    live = step(live, 8, 6)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), sorted(step(step(blinker, 5, 5), 5, 5)) == sorted(blinker))
live = glider
for _ in range(24):
    live = step(live, 6, 6)
print(sorted(live))
