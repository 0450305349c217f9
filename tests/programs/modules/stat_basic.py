import _stat

names = sorted(n for n in dir(_stat) if not n.startswith("__"))
print(names)
for n in names:
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v, oct(v))

modes = [0o170000, 0o140755, 0o120777, 0o100644 | 0o4000, 0o60640 | 0o2000, 0o40755 | 0o1000,
         0o20000 | 0o1001, 0o10000 | 0o2010, 0o4000 | 0o10, 0o167777, 0o777, 0o4777, 0o1776, 0o2757,
         0o100000, 0o100755, 0o40700, 0, True, 2**32 - 1]
preds = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK", "S_ISDOOR",
         "S_ISPORT", "S_ISWHT"]
for m in modes:
    print(oct(m), _stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [p for p in preds if getattr(_stat, p)(m)])

for f in ("S_ISDIR", "S_IMODE", "S_IFMT", "filemode", "S_ISWHT"):
    fn = getattr(_stat, f)
    for args in ((), (1, 2)):
        try:
            fn(*args)
        except Exception as e:
            print(f, type(e).__name__, e)
    try:
        fn(mode=1)
    except Exception as e:
        print(f, type(e).__name__, e)
    for bad in (-1, 2**32, 2**64, 2**63, 1.5, "a", None, [1]):
        try:
            print(f, bad, fn(bad))
        except Exception as e:
            print(f, repr(bad), type(e).__name__, e)

print(type(_stat.S_IMODE(True)), type(_stat.S_ISDIR(0o40000)))
print(_stat.__name__, _stat.__doc__.splitlines()[0])
