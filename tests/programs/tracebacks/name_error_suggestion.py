# fails on purpose: NameError where 3.11 adds a "Did you mean" suggestion to the traceback
counter_value = 10
def show():
    print(counter_valu)
show()
