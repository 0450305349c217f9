def f():
    global g
    assert x, "message"
    g = 1
    raise ValueError("x") from None
