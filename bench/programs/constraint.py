"""constraint: a generic constraint solver (forward checking, smallest-domain-first)
counting every placement of n queens.

Variables, domains and binary constraints are objects; the solver asks each
constraint, through a method call, whether a pair of values is allowed, and
undoes domain pruning on backtrack from a trail.
Measures: polymorphic method calls, list manipulation, recursion, bookkeeping
with dicts keyed by objects.
Size: the board size n.
"""
import sys
from _harness import main


class Variable:
    def __init__(self, index, domain):
        self.index = index
        self.domain = list(domain)
        self.value = None
        self.neighbours = []  # (constraint, other variable)


class Constraint:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def allows(self, var, value, other, other_value):
        raise NotImplementedError


class DifferentColumn(Constraint):
    def allows(self, var, value, other, other_value):
        return value != other_value


class DifferentDiagonal(Constraint):
    def allows(self, var, value, other, other_value):
        return abs(value - other_value) != abs(var.index - other.index)


class Solver:
    def __init__(self, variables, constraints):
        self.variables = variables
        for c in constraints:
            c.a.neighbours.append((c, c.b))
            c.b.neighbours.append((c, c.a))
        self.trail = []  # (variable, removed value)
        self.nodes = 0
        self.solutions = 0
        self.first = None

    def choose(self):
        # Smallest remaining domain first; ties go to the lowest index.
        best = None
        for var in self.variables:
            if var.value is None and (best is None or len(var.domain) < len(best.domain)):
                best = var
        return best

    def prune(self, var, value):
        """Remove values that conflict with var=value; False when a domain empties."""
        for constraint, other in var.neighbours:
            if other.value is not None:
                continue
            kept = []
            for v in other.domain:
                if constraint.allows(var, value, other, v):
                    kept.append(v)
                else:
                    self.trail.append((other, v))
            other.domain = kept
            if not kept:
                return False
        return True

    def undo(self, mark):
        while len(self.trail) > mark:
            var, value = self.trail.pop()
            var.domain.append(value)

    def search(self):
        var = self.choose()
        if var is None:
            self.solutions += 1
            if self.first is None:
                self.first = [v.value for v in self.variables]
            return
        for value in sorted(var.domain):
            self.nodes += 1
            mark = len(self.trail)
            var.value = value
            if self.prune(var, value):
                self.search()
            self.undo(mark)
            var.value = None


def queens(n):
    variables = [Variable(i, range(n)) for i in range(n)]
    constraints = []
    for i in range(n):
        for j in range(i + 1, n):
            constraints.append(DifferentColumn(variables[i], variables[j]))
            constraints.append(DifferentDiagonal(variables[i], variables[j]))
    return Solver(variables, constraints)


def bench(n):
    solver = queens(n)
    solver.search()
    return "constraint queens=%d solutions=%d nodes=%d first=%s" % (
        n, solver.solutions, solver.nodes, "".join("%x" % v for v in solver.first))


if __name__ == "__main__":
    main(bench, 12)
