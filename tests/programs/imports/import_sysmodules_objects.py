# A package may replace itself in sys.modules by any object; `from pkg import sub` then finds the
# submodule in sys.modules by the object's __name__. A submodule still being imported is named in
# the AttributeError of its parent.
import os
import sys
import tempfile
import warnings

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "slotpkg"))
    with open(os.path.join(d, "slotpkg", "__init__.py"), "w") as f:
        f.write(
            "import sys\n"
            "class Holder:\n"
            "    __slots__ = ['__name__', '__path__', '__spec__', '__package__', '__file__', '__loader__']\n"
            "    def __init__(self):\n"
            "        for a in self.__slots__:\n"
            "            setattr(self, a, globals()[a])\n"
            "sys.modules[__name__] = Holder()\n")
    with open(os.path.join(d, "slotpkg", "x.py"), "w") as f:
        f.write("WHO = 'x'\n")
    os.makedirs(os.path.join(d, "circ", "inner"))
    with open(os.path.join(d, "circ", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(d, "circ", "inner", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(d, "circ", "inner", "child.py"), "w") as f:
        f.write("import circ.inner.child as me\n")
    with open(os.path.join(d, "circ", "inner", "attr.py"), "w") as f:
        f.write("import circ.inner\nprint('attr:', circ.inner.attr)\n")
    sys.path.insert(0, d)
    try:
        import slotpkg
        print(type(slotpkg).__name__)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            from slotpkg import x
        print(x.WHO, [str(m.message).split(" on ")[0] for m in w], [m.category.__name__ for m in w])
        try:
            slotpkg.y = 1
        except AttributeError as e:
            print("AttributeError", e)
        for name in ("circ.inner.child", "circ.inner.attr"):
            try:
                __import__(name)
                print("imported", name)
            except AttributeError as e:
                print("AttributeError", e)
        import circ.inner
        try:
            circ.inner.nothing
        except AttributeError as e:
            print("AttributeError", e)
    finally:
        sys.path.remove(d)
        for m in list(sys.modules):
            if m.startswith(("slotpkg", "circ")):
                del sys.modules[m]
