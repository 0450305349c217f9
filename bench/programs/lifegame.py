"""lifegame: Conway's Game of Life on a 64x64 torus, stored as a list of lists.

Measures: nested list indexing with wrap-around arithmetic, small-int sums,
building a new grid per generation.
Size: number of generations.
"""
import sys
from _harness import main

WIDTH = 64
HEIGHT = 64


def seed_grid(seed):
    grid = []
    for y in range(HEIGHT):
        row = []
        for x in range(WIDTH):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            row.append(1 if (seed >> 16) % 3 == 0 else 0)
        grid.append(row)
    return grid


def step(grid):
    new = []
    for y in range(HEIGHT):
        up = grid[(y - 1) % HEIGHT]
        here = grid[y]
        down = grid[(y + 1) % HEIGHT]
        row = []
        for x in range(WIDTH):
            left = (x - 1) % WIDTH
            right = (x + 1) % WIDTH
            n = (up[left] + up[x] + up[right] + here[left] + here[right]
                 + down[left] + down[x] + down[right])
            if n == 3 or (n == 2 and here[x]):
                row.append(1)
            else:
                row.append(0)
        new.append(row)
    return new


def fingerprint(grid):
    digest = 0
    for row in grid:
        bits = 0
        for cell in row:
            bits = bits << 1 | cell
        digest = (digest * 1000003 ^ bits) & 0xffffffffffff
    return digest


def bench(generations):
    grid = seed_grid(7)
    history = 0
    for g in range(generations):
        grid = step(grid)
        history = (history * 31 + sum(map(sum, grid))) % 1000000007
    population = sum(sum(row) for row in grid)
    return "lifegame generations=%d population=%d history=%d fingerprint=%d" % (
        generations, population, history, fingerprint(grid))


if __name__ == "__main__":
    main(bench, 2000)
