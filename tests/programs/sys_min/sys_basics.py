# The minimal sys module: argv, path, modules, version_info, implementation, maxsize, byteorder
import sys
print(sys.argv, type(sys.argv).__name__)
print(type(sys.path).__name__, len(sys.path) > 0, isinstance(sys.path[0], str))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info[3] in ("final", "alpha", "beta", "candidate"))
print(isinstance(sys.implementation.name, str), sys.implementation.name == sys.implementation.name.lower())
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(isinstance(sys.version, str), sys.version.startswith("3.11"))
print(hasattr(sys, "stdout"), hasattr(sys, "stderr"), hasattr(sys.stdout, "write"), hasattr(sys.stdout, "flush"))
print(sys.getrecursionlimit())
print(sys.intern("hello") == "hello", sys.intern("a" * 3) is sys.intern("aaa"))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(sys.getsizeof(0), int), sys.getsizeof([]) > 0, sys.getsizeof("abc") > 0)
main = sys.modules["__main__"]
main.injected = 123
print(injected)
