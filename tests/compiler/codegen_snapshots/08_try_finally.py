def f():
    for x in y:
        try:
            if x:
                return x
            continue
        finally:
            cleanup()
