# fails on purpose: when the failing expression is the whole line, 3.11 prints no caret line
def fail():
    raise RuntimeError("whole line")
def call():
    fail()
call()
