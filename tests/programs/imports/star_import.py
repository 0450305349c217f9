# from module import *: respects __all__, skips underscore names otherwise
from _mod_a import *
print(CONST, greet("star"), "_private" in dir(), "Thing" in dir())
from _mod_all import *
print(public_one, _exported_private, "public_two" in dir())
try:
    exec("def f():\n    from _mod_a import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
