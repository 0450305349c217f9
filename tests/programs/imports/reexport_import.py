# A helper that imports another helper; module identity across import paths; module attributes set from outside
import _pkg_like
import _mod_a
print(_pkg_like.shout("bob"), _pkg_like.CONST)
print(_pkg_like._greet is _mod_a.greet)
_mod_a.new_attr = "set from importer"
import _mod_a as m
print(m.new_attr)
import sys
del sys.modules["_mod_a"]
import _mod_a as fresh
print(fresh is m, fresh.CONST, hasattr(fresh, "new_attr"))
