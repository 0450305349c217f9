"""std_deepcopy (stdlib): copy.deepcopy and copy.copy of nested containers,
user objects, shared references and cycles, and a class with __deepcopy__.

Measures: the copy module (pure Python on every implementation), its memo
dict, dispatch on type, __reduce_ex__ for user classes.
Size: number of copies.
"""
import copy
import sys
from _harness import main


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
        self.meta = {"weight": len(name), "tags": (name[:1], name[-1:])}


class Cached:
    """Keeps its (expensive) cache shared across deep copies."""

    def __init__(self, key, cache):
        self.key = key
        self.cache = cache

    def __deepcopy__(self, memo):
        return Cached(copy.deepcopy(self.key, memo), self.cache)


def make_tree(depth, name):
    node = Node(name)
    if depth:
        for i in range(3):
            child = make_tree(depth - 1, name + str(i))
            child.parent = node  # a cycle between parent and child
            node.children.append(child)
    return node


def count(node):
    return 1 + sum(count(c) for c in node.children)


def bench(copies):
    shared = [1, 2, 3]
    cache = {"big": list(range(100))}
    document = {
        "tree": make_tree(3, "n"),
        "matrix": [[i * j for j in range(8)] for i in range(8)],
        "shared": (shared, shared, {"again": shared}),
        "frozen": frozenset(range(10)),
        "cached": [Cached((i, "k"), cache) for i in range(5)],
        "text": "unchanged",
    }
    total = 0
    for i in range(copies):
        clone = copy.deepcopy(document)
        a, b, c = clone["shared"]
        if a is not b or c["again"] is not a or a is shared:
            raise AssertionError("shared references were not preserved")
        if clone["cached"][0].cache is not cache:
            raise AssertionError("__deepcopy__ was not used")
        tree = clone["tree"]
        if tree.children[0].parent is not tree:
            raise AssertionError("cycle broken")
        clone["matrix"][i % 8][i % 7] += i
        total += count(tree) + clone["matrix"][i % 8][i % 7] + document["matrix"][i % 8][i % 7]
        shallow = copy.copy(clone)
        total += len(shallow) + (shallow["tree"] is tree)
    return "std_deepcopy copies=%d total=%d" % (copies, total)


if __name__ == "__main__":
    main(bench, 3500)
