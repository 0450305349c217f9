# global statement at module and function level
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make():
    global newvar
    newvar = "created"
make()
print(newvar)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 1
unbound()
def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
class K:
    global kk
    kk = "from class"
print(kk)
def delg():
    global newvar
    del newvar
delg()
print("newvar" in globals())
try:
    exec("def bad():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
