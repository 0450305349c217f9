with a() as b, c():
    body(b)
def f():
    with lock:
        return 1
