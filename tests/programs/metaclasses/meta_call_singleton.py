# Metaclass __call__ used for singletons and instance caching; type.__call__ semantics with __new__ returning other types
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("Config init", name)
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name)
class Cached(type):
    def __call__(cls, key):
        cache = cls.__dict__.get("_cache")
        if cache is None:
            cache = {}
            setattr(cls, "_cache", cache)
        if key not in cache:
            cache[key] = super().__call__(key)
        return cache[key]
class Sym(metaclass=Cached):
    def __init__(self, key):
        self.key = key
print(Sym("x") is Sym("x"), Sym("x") is Sym("y"), sorted(Sym._cache))
class NoInit(type):
    def __call__(cls, *a):
        return ("not an instance", cls.__name__, a)
class Weird(metaclass=NoInit):
    pass
print(Weird(1, 2))
print(type.__call__(Config, "direct").name, Config().name)
