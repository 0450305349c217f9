import _codecs as c

def show(f, *a):
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))

for d in [b'plain', b'a\\nb\\tc\\\\d\\\'\\"', b'\\x41\\u0042\\U00000043', b'\\101\\0\\7', b'\\N{LATIN SMALL LETTER A}b', b'line\\\ncont',
          b'\\N{}', b'\\N{LATIN', b'\\N', b'\\N{foo}x', b'\\Nx', b'\\x4g', b'\\x4', b'\\U00110000', b'\\U0011', b'\\', b'a\\u12', b'\xe9\xff']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show(c.unicode_escape_decode, d, errors)
    show(c.unicode_escape_decode, d, 'strict', False)
    for errors in ['strict', 'replace']:
        show(c.raw_unicode_escape_decode, d, errors)
    show(c.raw_unicode_escape_decode, d, 'strict', False)
show(c.unicode_escape_decode, 'abc\\n\xe9')
show(c.raw_unicode_escape_decode, 'abc\\u0041\xe9')
show(c.raw_unicode_escape_decode, b'\\\\u0041')
show(c.raw_unicode_escape_decode, b'\\\\\\u0041')
show(c.raw_unicode_escape_decode, b'a\\', 'strict', False)
show(c.raw_unicode_escape_decode, b'a\\')
s = 'a\'"\\\x00\x7f\x80\t\n\r\u1234\U00012345\ud800 ~'
show(c.unicode_escape_encode, s)
show(c.raw_unicode_escape_encode, s)
print(c.unicode_escape_decode(c.unicode_escape_encode(s)[0])[0] == s)

show(c.escape_encode, b'a\'"\\\x00\x7f\x80\t\n\r ~')
show(c.escape_encode, 'str')
for d in [b'a\\nb\\x41\\101', b'\\x4', b'\\x4gA', b'a\\', b'\\\nx', 'text\\t\xe9']:
    for errors in ['strict', 'replace', 'ignore', 'bogus']:
        show(c.escape_decode, d, errors)
show(c.readbuffer_encode, b'abc')
show(c.readbuffer_encode, '\xe9')
show(c.readbuffer_encode, bytearray(b'ab'))
show(c.readbuffer_encode, 1)
