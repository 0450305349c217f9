# fails on purpose: an exception with no message prints only its type name
class Custom(Exception):
    pass
def f():
    raise Custom
print("calling")
f()
