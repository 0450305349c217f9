# fails on purpose: an uncaught ValueError at module level after some output
print("before the error")
values = [1, 2, 3]
print(sum(values))
raise ValueError("something went wrong")
print("never printed")
