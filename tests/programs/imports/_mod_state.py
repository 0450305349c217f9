# helper: module-level state and a function that mutates it; __name__ and globals identity
items = []
def add(x):
    items.append(x)
    return len(items)
def module_globals_is_vars():
    import sys
    return globals() is vars(sys.modules[__name__])
