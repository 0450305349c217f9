# fails on purpose: a bare raise re-raises the original exception with its original traceback line
def risky():
    return [1, 2][5]
def handler():
    try:
        risky()
    except IndexError:
        print("logging and re-raising")
        raise
handler()
