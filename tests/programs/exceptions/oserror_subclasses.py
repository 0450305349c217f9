# OSError constructor maps errno values to subclasses; attributes of each; winerror absent on POSIX
errnos = [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 3, 35, 999]
for n in errnos:
    e = OSError(n, "message")
    print(n, type(e).__name__, e.errno, e.strerror, str(e))
print(ConnectionError.__subclasses__())
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as e:
    print(type(e).__name__, e)
e = FileNotFoundError("only one arg")
print(e.errno, e.strerror, str(e), e.args)
e = PermissionError(13, "denied", "/root/file")
print(e.errno, e.filename, str(e), repr(e))
print(issubclass(TimeoutError, OSError), OSError.__name__, IOError.__name__, isinstance(OSError(2, "x"), FileNotFoundError))
