def f():
    while True:
        with a:
            try:
                break
            except E as e:
                continue
