# helper for attr_miss.py: a module-level __getattr__ (PEP 562)
def __getattr__(name):
    if name == "dyn":
        return "dynamic!"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
real = 1
