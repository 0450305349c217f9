# helper module: imported by several programs in imports/
print("executing _mod_a, __name__ =", __name__)
CONST = 42
_private = "hidden from star import"
def greet(name):
    return f"hello {name} from {__name__}"
class Thing:
    def __repr__(self):
        return "Thing()"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
