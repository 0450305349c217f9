# Interplay of global, nonlocal, locals(), and name resolution order (LEGB)
x = "G"
def f():
    x = "E"
    def g():
        global x
        return x
    def h():
        return x
    return g(), h()
print(f())
len = lambda s: "shadowed len"
print(len("abc"))
del len
print(len("abc"))
def builtins_shadow():
    def print(*a):
        return "local print"
    return print("x")
print(builtins_shadow())
def loc():
    a = 1
    b = 2
    d = locals()
    return sorted(d.items())
print(loc())
def loc2(p, q=2):
    r = p + q
    return sorted(locals())
print(loc2(1))
y = 0
def modify_global_via_dict():
    globals()["y"] = 99
modify_global_via_dict()
print(y)
def uses_later_global():
    return later_defined
later_defined = "defined after function"
print(uses_later_global())
def assign_in_branch(flag):
    if flag:
        z = 1
    return z
print(assign_in_branch(True))
try:
    assign_in_branch(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def except_var():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "cleared: " + str(err)
print(except_var())
