# Importing from zip archives on sys.path (zipimport's hook), importlib.util.LazyLoader (which
# changes a module's __class__), and the ImportWarnings of relative imports.
import importlib.util
import os
import sys
import tempfile
import types
import warnings
import zipfile

with tempfile.TemporaryDirectory() as d:
    archive = os.path.join(d, "lib.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zmod.py", "X = 42\ndef where():\n    return __name__\n")
        z.writestr("zpkg/__init__.py", "Y = 1\n")
        z.writestr("zpkg/sub.py", "from . import Y\nZ = Y + 1\n")
        z.writestr("zpkg/data.txt", "hello from the archive\n")
    sys.path.insert(0, archive)
    try:
        import zmod
        import zpkg.sub
        print(zmod.X, zmod.where(), zpkg.Y, zpkg.sub.Z)
        print("loader:", type(zmod.__loader__).__name__, type(zpkg.__spec__.loader).__name__)
        print("file in archive:", zmod.__file__ == os.path.join(archive, "zmod.py"))
        print("package path:", zpkg.__path__ == [os.path.join(archive, "zpkg")])
        print("data:", zpkg.__loader__.get_data(os.path.join(archive, "zpkg", "data.txt")))
        import zipimport
        print("hook is zipimporter now:", zipimport.zipimporter in sys.path_hooks)
        print("cache entry:", type(sys.path_importer_cache[archive]).__name__)
        try:
            import znothere
        except ModuleNotFoundError as e:
            print("ModuleNotFoundError", e)
    finally:
        sys.path.remove(archive)
        for m in ("zmod", "zpkg", "zpkg.sub"):
            sys.modules.pop(m, None)

    # a directory is not an archive: the zip hook refuses it and FileFinder takes it
    sub = os.path.join(d, "plain")
    os.mkdir(sub)
    with open(os.path.join(sub, "plainmod.py"), "w") as f:
        f.write("V = 'plain'\n")
    sys.path.insert(0, sub)
    try:
        import plainmod
        print(plainmod.V, type(sys.path_importer_cache[sub]).__name__)
    finally:
        sys.path.remove(sub)
        sys.modules.pop("plainmod", None)

    # LazyLoader: the module is loaded on first attribute access
    with open(os.path.join(d, "lazy_target.py"), "w") as f:
        f.write("print('lazy_target executing')\nVALUE = 'loaded'\n")
    spec = importlib.util.spec_from_file_location("lazy_target", os.path.join(d, "lazy_target.py"))
    spec.loader = importlib.util.LazyLoader(spec.loader)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["lazy_target"] = mod
    spec.loader.exec_module(mod)
    print("before access:", type(mod).__name__)
    print("value:", mod.VALUE)
    print("after access:", type(mod) is types.ModuleType)
    sys.modules.pop("lazy_target", None)

# __class__ assignment between module types
class Special(types.ModuleType):
    def describe(self):
        return "special " + self.__name__

m = types.ModuleType("m1")
m.__class__ = Special
print(m.describe(), isinstance(m, Special))
try:
    m.__class__ = int
except TypeError as e:
    print("TypeError", e)

# relative imports warn when __package__ and __spec__ disagree, or when neither is set
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g = {"__name__": "importlib.util", "__package__": "importlib", "__spec__": importlib.util.find_spec("json")}
    exec("from . import machinery", g)
    g = {"__name__": "importlib.util"}
    exec("from . import machinery", g)
    for x in w:
        print(x.category.__name__, x.message)
