# Backtracking: N-queens solutions count and first solution board, permutations-based sudoku row check
def solve(n):
    cols, d1, d2 = set(), set(), set()
    board = []
    solutions = []
    def place(r):
        if r == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for r in range(6):
    print("".join("Q" if first[r] == c else "." for c in range(6)))
def subsets_sum(nums, target):
    out = []
    def go(i, cur, total):
        if total == target:
            out.append(cur[:])
        if i == len(nums) or total >= target:
            return
        for j in range(i, len(nums)):
            cur.append(nums[j])
            go(j + 1, cur, total + nums[j])
            cur.pop()
    go(0, [], 0)
    return out
print(subsets_sum([2, 3, 5, 7, 8, 10], 15))
