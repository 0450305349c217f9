# fails on purpose: the script itself has a syntax error, so nothing runs
print("this line never runs")
def broken(:
    pass
