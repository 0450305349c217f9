# Slices of exact lists, tuples and strs, slice assignment to lists, and `in` over exact tuples
# and lists: the tiers' direct paths must behave as the types' own methods do.
def run():
    l = [1, 2, 3, 4, 5]
    print(l[1:3], l[::-1], l[:], l[:] is l, l[-2:], l[10:], l[::2], l[4:0:-2])
    t = (1, 2, 3)
    print(t[1:], t[:] is t, t[0:3] is t, t[1:] is t, t[::-1], t[5:])
    print("hello"[1:4], "héllo"[::2], "a\U0001f600b"[1:2], "abc"[::-1], ""[1:])
    l[1:3] = [9, 9, 9]
    print(l)
    l[::2] = [0, 0, 0]
    print(l)
    l[1:1] = range(3)
    print(l)
    l[:] = l
    print(l)
    l[2:] = ()
    print(l)
    try:
        l[::2] = [1, 2, 3]
    except ValueError as e:
        print(e)
    try:
        l[1:2] = 5
    except TypeError as e:
        print(e)
    try:
        [1, 2][1:2:0]
    except ValueError as e:
        print(e)

    class I:
        def __index__(self):
            return 1
    print([5, 6, 7][I():], (5, 6, 7)[:I()], "567"[I():I()])
    print(3 in (1, 2, 3), 4 in [1, 2], "a" in ("a",), 1.0 in [1], 2 in (1.0, 2.0))
    n = float("nan")
    print(n in [n], n in (n,), float("nan") in [float("nan")])

    class E:
        def __eq__(self, o):
            print("eq", type(o).__name__)
            return True
    print(E() in [1, 2], 5 in [E()], 5 in (E(),))

    class L(list):
        def __contains__(self, x):
            return x == 99
    print(99 in L([1]), 1 in L([1]))

    class T(tuple):
        def __getitem__(self, i):
            return "T" + repr(i)
    print(T((1, 2))[0:1])

    class S(str):
        pass
    s = S("abc")[1:]
    print(s, type(s).__name__)
    grow = [1, 2, 3]

    class Grow:
        def __eq__(self, o):
            if len(grow) < 6:
                grow.append(o * 10)
            return o == 30
    print(Grow() in grow, len(grow))
    try:
        [] in {1: 2}
    except TypeError as e:
        print(e)


for _ in range(3):
    run()
