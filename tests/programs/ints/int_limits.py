# int/str conversion digit limit (3.11 default 4300 digits) and big-number string ops
import sys
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)) > 0, int("f" * 5000, 16) > 0)
print(int("1" * 4300) % 9)
