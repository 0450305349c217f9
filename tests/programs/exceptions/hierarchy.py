# The builtin exception hierarchy of 3.11
def show(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        if sub.__module__ == "builtins":
            show(sub, depth + 1)
show(BaseException)
