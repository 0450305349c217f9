import errno
import sys

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[95], errno.errorcode[35])
print(len(errno.errorcode), sorted(errno.errorcode)[:5])
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(errno.__name__, type(errno.errorcode).__name__)
print('errno' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)
try:
    errno.ENOTHING
except AttributeError as e:
    print(e)
