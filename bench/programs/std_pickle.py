"""std_pickle (stdlib): pickle.dumps and pickle.loads round trips of nested
data and user objects at every protocol from 2 to 5.

Measures: the pickle module (on CPython the C accelerator _pickle; elsewhere
the pure-Python pickler), memoization of shared objects, __reduce_ex__,
__getstate__/__setstate__.
The checksum is computed from the unpickled data, not from the pickle bytes,
which may legitimately differ between implementations.
Size: number of round trips.
"""
import pickle
import sys
from _harness import main


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


class Account:
    """Drops its transient cache when pickled."""

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.cache = {"expensive": owner * 3}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None


def make_data(i):
    shared = ["shared", i]
    return {
        "ints": list(range(i % 50)),
        "big": 3 ** (100 + i % 50),
        "floats": [k / 7.0 for k in range(10)],
        "text": "pickle-%d-ünïcode" % i,
        "bytes": bytes(range(i % 256)),
        "tuple": (1, (2, (3, None)), True),
        "set": {i, i + 1, i + 2},
        "points": [Point(k, -k) for k in range(5)],
        "account": Account("owner%d" % i, i * 1.5),
        "pair": (shared, shared),
    }


def bench(rounds):
    total = 0
    for i in range(rounds):
        data = make_data(i)
        for protocol in range(2, 6):
            back = pickle.loads(pickle.dumps(data, protocol))
            first, second = back["pair"]
            if first is not second:
                raise AssertionError("memo lost the shared reference")
            if back["points"] != data["points"] or back["account"].cache is not None:
                raise AssertionError("objects changed")
            total += (len(back["ints"]) + back["big"] % 1000 + len(back["bytes"])
                      + int(sum(back["floats"])) + sum(back["set"]) + len(back["text"]))
        total %= 1000000007
    return "std_pickle rounds=%d total=%d" % (rounds, total)


if __name__ == "__main__":
    main(bench, 13000)
