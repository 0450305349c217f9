# fails on purpose: a chain of three exceptions mixing __context__ and __cause__
def level1():
    raise OSError("disk not ready")
def level2():
    try:
        level1()
    except OSError as e:
        raise RuntimeError("could not load") from e
def level3():
    try:
        level2()
    except RuntimeError:
        raise SystemError("fatal")
level3()
