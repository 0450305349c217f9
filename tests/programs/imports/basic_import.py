# import of a helper module next to the script: executed once, cached in sys.modules, attributes
import sys
import _mod_a
import _mod_a as again
print(_mod_a is again, _mod_a.CONST, _mod_a.greet("x"), _mod_a.Thing())
print(_mod_a.__name__, type(_mod_a).__name__, _mod_a.__file__.endswith("_mod_a.py"), "_mod_a" in sys.modules)
print(_mod_a.bump(), _mod_a.bump(), again.counter)
from _mod_a import CONST, greet as g
print(CONST, g("y"))
import _mod_a
print("second import did not re-execute")
print(sorted(k for k in vars(_mod_a) if not k.startswith("__")))
print(_mod_a.__doc__, _mod_a.__spec__ is not None or True)
_mod_a.CONST = 0
from _mod_a import CONST as c2
print(c2)
