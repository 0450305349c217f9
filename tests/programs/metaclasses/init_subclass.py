# __init_subclass__: implicit classmethod, keyword arguments, registration, super chaining
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)
class Json(Plugin, name="json"):
    pass
class Yaml(Plugin):
    pass
class SubJson(Json):
    pass
print(Plugin.registry, Json.plugin_name, SubJson.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)
class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)
class Both(Mixin, Base, tag="t"):
    pass
class Required:
    def __init_subclass__(cls, /, required, **kw):
        super().__init_subclass__(**kw)
        cls.required = required
try:
    class Missing(Required):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Has(Required, required=5):
    pass
print(Has.required)
try:
    class X(kw=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
