# UnicodeDecodeError/EncodeError/TranslateError check their arguments as CPython parses them
# ("UOnnU", "UnnU"): str fields must be str, start/end are indexes, a decode error copies a
# bytes-like object to bytes (args keep the original).
tests = [
 lambda: UnicodeDecodeError(1, b'', 0, 1, 'r'),
 lambda: UnicodeDecodeError('a', 'x', 0, 1, 'r'),
 lambda: UnicodeDecodeError('a', b'x', 'a', 1, 'r'),
 lambda: UnicodeDecodeError('a', b'x', 0, 1, 2),
 lambda: UnicodeDecodeError('a', bytearray(b'xy'), 0, 1, 'r'),
 lambda: UnicodeEncodeError('a', b'x', 0, 1, 'r'),
 lambda: UnicodeEncodeError('a', 'x', 0.5, 1, 'r'),
 lambda: UnicodeTranslateError(b'x', 0, 1, 'r'),
 lambda: UnicodeTranslateError('x', 0, 1, 'r', 5),
 lambda: UnicodeDecodeError('a', b'x', 2**70, 1, 'r'),
 lambda: UnicodeDecodeError('a', b'x', True, 1, 'r'),
 lambda: UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'ordinal not in range'),
 lambda: UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'no'),
 lambda: UnicodeTranslateError('a\u20ac', 1, 2, 'no'),
]
for t in tests:
    try:
        e = t()
        print('ok', repr(e), repr(e.object), type(e.object).__name__, e.start, e.end, str(e))
    except Exception as e:
        print(type(e).__name__, e)
e = UnicodeDecodeError('a', memoryview(b'xy'), 0, 1, 'r')
print(e.object, type(e.args[1]).__name__)
