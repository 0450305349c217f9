# fails on purpose: an error raised while applying a decorator at definition time
def register(kind):
    def deco(fn):
        if kind not in ("a", "b"):
            raise ValueError(f"unknown kind {kind!r} for {fn.__name__}")
        return fn
    return deco
@register("a")
def ok():
    pass
@register("z")
def bad():
    pass
