# sys.argv and sys.modules details: argv[0] is the script name as given; modules contains builtins and __main__
import sys
print(sys.argv[0], len(sys.argv), sys.argv[1:])
print(type(sys.modules).__name__, "builtins" in sys.modules, sys.modules["builtins"] is __builtins__)
main = sys.modules["__main__"]
print(main.__name__, main.__dict__ is globals(), hasattr(main, "sys"))
print(sys.path[0] != "" and isinstance(sys.path[0], str))
sys.argv.append("added")
print(sys.argv[1:])
sys.modules["fake_module_for_test"] = main
import fake_module_for_test
print(fake_module_for_test is main)
print(isinstance(sys.maxsize, int), sys.maxsize.bit_length(), sys.byteorder in ("little", "big"))
print(sys.exc_info() == (None, None, None), sys.exception() is None)
