# Module-level __getattr__ and __dir__ (PEP 562) in an imported helper module
import _lazy_mod
print(_lazy_mod.real, _lazy_mod.lazy_value, getattr(_lazy_mod, "lazy_other"))
try:
    _lazy_mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(_lazy_mod, "lazy_x"), hasattr(_lazy_mod, "nope"), dir(_lazy_mod))
from _lazy_mod import lazy_imported
print(lazy_imported)
try:
    from _lazy_mod import not_there
except ImportError as e:
    print(type(e).__name__, e)
