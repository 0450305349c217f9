import _codecs as c

def show(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return (lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)),
                None, None)
    if name == 'bad_codec':
        return (1, 2, 3)
    if name == 'bad_result':
        return (lambda s, errors='strict': 'notatuple', lambda b, errors='strict': ('x',), None, None)
    if name == 'raiser':
        def enc(s, errors='strict'):
            raise TypeError('boom')
        return (enc, enc, None, None)
    return None

c.register(search)
for name in ['My Codec', 'my-codec', 'MY_CODEC', '  my codec ']:
    r = c.lookup(name); print(type(r).__name__, len(r), r[0]('ab'))
show(c.lookup, 'no such codec')
show(c.lookup, 'bad codec')
show(c.lookup, 1)
show(c.lookup, 'a\x00b')
print(seen)
show(c.encode, 'abc', 'my_codec')
show(c.decode, b'ABC', 'my_codec')
show(c.encode, obj='abc', encoding='my_codec', errors='ignore')
show(c.encode, 'abc', 'bad_result')
show(c.decode, b'abc', 'bad_result')
show(c.encode, 'abc', 'raiser')
show(c.encode, 'abc', 'nope')
show(c.encode)
show(c.encode, 'abc', 'my_codec', 'strict', 'x')
show(c.encode, 'abc', bogus=1)
show(c.register, 1)
c.unregister(search)
show(c.lookup, 'my_codec_2')
c.unregister(search)

# error handler registry
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    print(name, c.lookup_error(name))
show(c.lookup_error, 'nope')
show(c.lookup_error, 1)
show(c.register_error, 'x', 1)

calls = []
def myhandler(exc):
    calls.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d>' % (exc.end - exc.start), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)
c.register_error('my', myhandler)
print(c.lookup_error('my') is myhandler)
show(c.ascii_encode, 'a\xe9\xe9b\xe9', 'my')
show(c.latin_1_encode, 'a\u20ac', 'my')
show(c.utf_8_encode, 'a\ud800\ud801b', 'my')
show(c.utf_16_le_encode, 'a\ud800\ud801b', 'my')
show(c.ascii_decode, b'a\xff\xfeb', 'my')
show(c.utf_8_decode, b'a\xe2\x82x\xff', 'my', True)
show(c.utf_16_le_decode, b'a\x00\x00\xdcb', 'my', True)
show(c.utf_7_decode, b'a\x80+!', 'my', True)
show(c.charmap_decode, b'ab', 'my', 'a')
print(calls)
print('x\xe9y'.encode('ascii', 'my'), b'x\xffy'.decode('utf-8', 'my'))

# handlers returning odd results
c.register_error('back', lambda e: ('', 0) if e.start > 100 else ('B', -1))
show(c.ascii_encode, 'ab\xe9c', 'back')
c.register_error('oob', lambda e: ('?', 99))
show(c.ascii_encode, 'ab\xe9c', 'oob')
show(c.ascii_decode, b'ab\xe9c', 'oob')
c.register_error('badret', lambda e: 'x')
show(c.ascii_encode, 'ab\xe9c', 'badret')
show(c.ascii_decode, b'ab\xe9c', 'badret')
c.register_error('bytesret', lambda e: (b'\x80\x81', e.end))
show(c.ascii_encode, 'ab\xe9c', 'bytesret')
show(c.utf_16_le_encode, 'a\ud800', 'bytesret')
show(c.ascii_decode, b'ab\xe9c', 'bytesret')
c.register_error('nonascii', lambda e: ('\xe9', e.end))
show(c.utf_8_encode, 'a\ud800', 'nonascii')
show(c.latin_1_encode, 'a\u20ac', 'nonascii')
show(c.ascii_encode, 'a\u20ac', 'nonascii')
c.register_error('skip', lambda e: ('', e.end + 1))
show(c.ascii_encode, 'a\xe9bc', 'skip')
c.register_error('raises', lambda e: 1 / 0)
show(c.ascii_encode, 'a\xe9', 'raises')

# the built-in handlers called directly
enc = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\udc80b', 1, 5, 'bad')
dec = UnicodeDecodeError('utf-8', b'a\xff\x80b', 1, 3, 'bad')
tr = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'bad')
for name in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass', 'strict']:
    h = c.lookup_error(name)
    for e in [enc, dec, tr, ValueError('x'), 'str']:
        try:
            print(name, type(e).__name__, repr(h(e)))
        except Exception as ex:
            print(name, type(e).__name__, 'raised', type(ex).__name__, ex)
se = UnicodeEncodeError('utf-8', 'a\udc80\udcffb', 1, 3, 'x')
print(c.lookup_error('surrogateescape')(se))
sd = UnicodeDecodeError('utf-8', b'a\x80\xffb', 1, 3, 'x')
print(c.lookup_error('surrogateescape')(sd))
for encname in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'utf-16', 'latin-1']:
    pe = UnicodeEncodeError(encname, 'a\udfff\ud800b', 1, 3, 'x')
    try:
        r = c.lookup_error('surrogatepass')(pe)
        print(encname, r)
        pd = UnicodeDecodeError(encname, b'a' + r[0] + b'b', 1, 1 + len(r[0]), 'x')
        print(encname, c.lookup_error('surrogatepass')(pd))
    except Exception as ex:
        print(encname, 'raised', type(ex).__name__, ex)
