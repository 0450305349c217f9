# assert with and without message; AssertionError args
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
assert True, "never"
assert 1, 1 / 0
def check(x):
    assert x > 0, f"bad x={x}"
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
n = 0
def msg():
    global n
    n += 1
    return "m"
assert True, msg()
print("msg calls", n)
try:
    assert None, msg()
except AssertionError as e:
    print(e, n)
