# Module state is shared by all importers; globals() of a module is its __dict__; from-import copies bindings
import _mod_state
from _mod_state import items, add
print(add(1), add(2), _mod_state.items, items is _mod_state.items)
_mod_state.items = ["rebound"]
print(items, _mod_state.items, add(3), _mod_state.items)
print(_mod_state.module_globals_is_vars(), vars(_mod_state) is _mod_state.__dict__)
import sys
m = sys.modules["_mod_state"]
print(m is _mod_state, sorted(k for k in vars(m) if not k.startswith("__")))
print(hasattr(_mod_state, "__file__"), _mod_state.__name__, type(_mod_state.__dict__).__name__)
