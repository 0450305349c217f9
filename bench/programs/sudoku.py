"""sudoku: generate puzzles from a shuffled valid grid, then solve them with
bitmask constraint propagation (naked singles) and depth-first search that
branches on the cell with the fewest candidates.

Measures: int bitwise operations (&, |, ~, <<), lists of ints, recursion,
copying small lists on each branch.
Size: number of puzzles.
"""
import sys
from _harness import main

ALL = 0x3FE  # bits 1..9
UNITS = []   # the 27 rows, columns and boxes as lists of cell indexes
for r in range(9):
    UNITS.append([r * 9 + c for c in range(9)])
for c in range(9):
    UNITS.append([r * 9 + c for r in range(9)])
for b in range(9):
    UNITS.append([(b // 3 * 3 + i // 3) * 9 + b % 3 * 3 + i % 3 for i in range(9)])
PEERS = []
for cell in range(81):
    peers = set()
    for unit in UNITS:
        if cell in unit:
            peers.update(unit)
    peers.discard(cell)
    PEERS.append(sorted(peers))
BIT_COUNT = [bin(m).count("1") for m in range(1024)]
DIGIT_OF = {1 << d: d for d in range(1, 10)}


class Random:
    def __init__(self, seed):
        self.seed = seed

    def below(self, n):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7fffffff
        return (self.seed >> 8) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def make_puzzle(rng, givens):
    # A valid grid from the standard pattern, with bands, rows, stacks, columns
    # and digits permuted; then all but `givens` cells are blanked.
    rows = [b * 3 + r for b in _shuffled(rng, 3) for r in _shuffled(rng, 3)]
    cols = [b * 3 + c for b in _shuffled(rng, 3) for c in _shuffled(rng, 3)]
    digits = _shuffled(rng, 9)
    grid = [digits[(r * 3 + r // 3 + c) % 9] + 1 for r in rows for c in cols]
    cells = list(range(81))
    rng.shuffle(cells)
    for cell in cells[givens:]:
        grid[cell] = 0
    return grid


def _shuffled(rng, n):
    items = list(range(n))
    rng.shuffle(items)
    return items


class Solver:
    def __init__(self):
        self.nodes = 0

    def assign(self, cand, cell, digit):
        """Fix cell to digit and propagate; False on a contradiction."""
        bit = 1 << digit
        stack = [(cell, bit)]
        while stack:
            cell, bit = stack.pop()
            if cand[cell] & bit == 0:
                return False
            cand[cell] = bit
            for peer in PEERS[cell]:
                mask = cand[peer]
                if mask & bit:
                    mask &= ~bit
                    if mask == 0:
                        return False
                    cand[peer] = mask
                    if BIT_COUNT[mask] == 1:
                        stack.append((peer, mask))
        return True

    def search(self, cand):
        self.nodes += 1
        best = -1
        best_count = 10
        for cell in range(81):
            count = BIT_COUNT[cand[cell]]
            if 1 < count < best_count:
                best = cell
                best_count = count
        if best < 0:
            return cand
        mask = cand[best]
        for digit in range(1, 10):
            if mask & (1 << digit):
                trial = cand[:]
                if self.assign(trial, best, digit):
                    solved = self.search(trial)
                    if solved is not None:
                        return solved
        return None

    def solve(self, grid):
        cand = [ALL] * 81
        for cell, digit in enumerate(grid):
            if digit and not self.assign(cand, cell, digit):
                return None
        solved = self.search(cand)
        return None if solved is None else [DIGIT_OF[m] for m in solved]


def valid(grid):
    return all(sorted(grid[i] for i in unit) == list(range(1, 10)) for unit in UNITS)


def bench(count):
    rng = Random(1)
    solver = Solver()
    digest = 0
    ok = 0
    for _ in range(count):
        puzzle = make_puzzle(rng, 24 + rng.below(6))
        solution = solver.solve(puzzle)
        if solution is not None and valid(solution) and all(
                p == 0 or p == s for p, s in zip(puzzle, solution)):
            ok += 1
            digest = (digest * 131 + int("".join(map(str, solution[:9])))) % 1000000007
    return "sudoku puzzles=%d solved=%d nodes=%d digest=%d" % (count, ok, solver.nodes, digest)


if __name__ == "__main__":
    main(bench, 4200)
