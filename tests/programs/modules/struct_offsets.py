# struct: pack_into/unpack_from offsets (negative, huge) and their messages; a native module
# imported afresh keeps the same exception class working for the first one.
import struct, sys, importlib

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

buf = bytearray(10)
err(struct.pack_into, '<I', buf, sys.maxsize, 1)
err(struct.unpack_from, '<I', buf, sys.maxsize)
err(struct.pack_into, '<I', buf, 2**63, 1)
err(struct.unpack_from, '<I', buf, 2**63)
err(struct.pack_into, '<I', buf, -2**63, 1)
err(struct.unpack_from, '<I', buf, -2**63)
err(struct.pack_into, '<I', buf, -2, 1)
err(struct.unpack_from, '<I', buf, -2)
err(struct.pack_into, '<I', buf, -11, 1)
err(struct.unpack_from, '<I', buf, -11)
err(struct.pack_into, '<I', buf, -4, 7)
print(buf)
err(struct.unpack_from, '<I', buf, -4)
err(struct.pack_into, '<I', buf, 7, 1)
err(struct.unpack_from, '<I', buf, 7)
err(struct.pack_into, 'b', bytearray(1), 5, 1)
err(struct.Struct('<h').unpack_from, b'abc', 2)
err(struct.Struct('<h').pack_into, bytearray(3), 2**53 + 1, 5)

# A fresh _struct module: the old struct module still raises its own struct.error.
old_error = struct.error
saved = sys.modules.pop('_struct')
fresh = importlib.import_module('_struct')
sys.modules['_struct'] = saved
print(fresh is saved, struct.error is old_error, fresh.calcsize('i') == struct.calcsize('i'))
try:
    struct.calcsize('Z')
except struct.error as e:
    print("caught struct.error:", e)
try:
    fresh.calcsize('Z')
except Exception as e:
    print("fresh raised", type(e).__name__, e)
