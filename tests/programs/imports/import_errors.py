# ImportError / ModuleNotFoundError messages, from-import of missing names, failing module init not cached
try:
    import _does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _mod_a import missing_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import _raises_on_import
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
print("_raises_on_import" in sys.modules)
try:
    import _raises_on_import
except RuntimeError as e:
    print("raised again on second import:", e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _mod_a.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
