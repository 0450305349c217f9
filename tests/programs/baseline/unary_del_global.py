# Unary operators, del of items and locals, and stores to globals, as compiled code runs them:
# each function runs 120 times so that it is compiled; every result is checked against the first.

from _repeat import repeat

counter = 0


class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "inv"

    def __repr__(self):
        return "Num(%r)" % self.v


def unary(x):
    return (-x, +x, ~x) if not isinstance(x, float) else (-x, +x)


def neg_zero(x):
    y = -x
    return y, str(y), 1 / (y + 1), -(x - x)


def big(x):
    return -x, ~x, -(-x), ~~x


def bad_unary(x):
    return -x


def bad_invert(x):
    return ~x


def del_list(i):
    lst = list(range(6))
    del lst[i]
    del lst[-1]
    return lst


def del_dict(k):
    d = {"a": 1, "b": 2, 3: "three", (1, 2): "t"}
    del d[k]
    return d


class Store(dict):
    def __delitem__(self, k):
        print("Store.__delitem__", k) if counter == -1 else None
        super().__delitem__(k)


def del_sub(k):
    s = Store(a=1, b=2)
    del s[k]
    return s


def del_slice():
    lst = list(range(10))
    del lst[2:8:2]
    return lst


def del_tuple():
    t = (1, 2)
    del t[0]


def del_local(x):
    y = x
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)


def del_unbound():
    if counter < 0:
        z = 1
    del z


def set_global(n):
    global counter
    counter = counter + n
    return counter > 0


repeat("unary int", unary, 7)
repeat("unary neg int", unary, -7)
repeat("unary bool", unary, True)
repeat("unary float", unary, 2.5)
repeat("unary obj", unary, Num(3))
repeat("neg zero", neg_zero, 0)
repeat("big", big, 2 ** 53 - 1)
repeat("big2", big, -(2 ** 53))
repeat("big3", big, 2 ** 70)
repeat("bad unary", bad_unary, "s")
repeat("bad invert", bad_invert, 1.5)
repeat("del list", del_list, 2)
repeat("del list neg", del_list, -3)
repeat("del list out", del_list, 6)
repeat("del list bad", del_list, "x")
repeat("del dict str", del_dict, "a")
repeat("del dict int", del_dict, 3)
repeat("del dict float", del_dict, 3.0)
repeat("del dict tuple", del_dict, (1, 2))
repeat("del dict missing", del_dict, "zz")
repeat("del dict missing int", del_dict, 4)
repeat("del sub", del_sub, "a")
repeat("del sub missing", del_sub, "q")
repeat("del slice", del_slice)
repeat("del tuple", del_tuple)
repeat("del local", del_local, 5)
repeat("del unbound", del_unbound)
repeat("set global", set_global, 2)
print(counter)
