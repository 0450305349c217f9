match p:
    case 0 | 1:
        a()
    case [x, *rest] if x:
        b(rest)
    case {"k": v, **kw}:
        c(v, kw)
    case Point(x=0, y=yy) as pt:
        d(pt, yy)
    case None:
        e()
    case _:
        f()
