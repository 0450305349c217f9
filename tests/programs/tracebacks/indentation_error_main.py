# fails on purpose: the script has an indentation error
def f():
    x = 1
      y = 2
    return x
