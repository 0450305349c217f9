# helper module with __all__
__all__ = ["public_one", "_exported_private"]
public_one = 1
public_two = 2
_exported_private = "listed in __all__"
