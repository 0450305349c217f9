# __import__ of the builtin sys module and of a .py helper next to the script, fromlist behaviour
s = __import__("sys")
print(s.__name__, type(s).__name__)
m = __import__("_exec_helper")
print(m.__name__, m.VALUE, m.double(21))
m2 = __import__("_exec_helper", globals(), locals(), ["double"], 0)
print(m2 is m, m2.double(1))
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
import sys
print("_exec_helper" in sys.modules, sys.modules["_exec_helper"] is m)
print(eval("__import__('_exec_helper').VALUE"))
