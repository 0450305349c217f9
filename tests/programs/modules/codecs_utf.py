import _codecs as c

def show(f, *a):
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None), getattr(e, 'reason', None))

# utf-8
for data in [b'abc', b'\xc3\xa9t\xc3\xa9', b'ab\xc3', b'ab\xe2\x82', b'\xf0\x9f\x98', b'\xff', b'a\xc3x', b'\xed\xa0\x80', b'\xef\xbb\xbfx']:
    for errors in [None, 'strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        for final in (False, True):
            show(c.utf_8_decode, data, errors, final)
for s in ['abc', 'h\xe9', '\U0001f600', 'a\ud800b', 'a\udc80\udcffb']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace', 'namereplace']:
        show(c.utf_8_encode, s, errors)

# utf-16 and utf-32, BOMs and byte orders
for s in ['abc', '\U0001f600x', '']:
    show(c.utf_16_encode, s)
    show(c.utf_16_encode, s, None, -1)
    show(c.utf_16_encode, s, None, 1)
    show(c.utf_16_le_encode, s)
    show(c.utf_16_be_encode, s)
    show(c.utf_32_encode, s)
    show(c.utf_32_encode, s, None, 1)
    show(c.utf_32_le_encode, s)
    show(c.utf_32_be_encode, s)
for s in ['a\ud800', '\udc80x']:
    for errors in ['strict', 'replace', 'surrogatepass', 'backslashreplace', 'surrogateescape']:
        show(c.utf_16_le_encode, s, errors)
        show(c.utf_32_be_encode, s, errors)
for data in [b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00b', b'a\x00', b'\xff', b'', b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdc', b'=\xd8\x00\xde']:
    for final in (False, True):
        show(c.utf_16_decode, data, 'strict', final)
        show(c.utf_16_decode, data, 'replace', final)
        show(c.utf_16_le_decode, data, 'strict', final)
        show(c.utf_16_be_decode, data, 'replace', final)
        show(c.utf_16_ex_decode, data, 'replace', 0, final)
        show(c.utf_16_ex_decode, data, 'replace', 1, final)
        show(c.utf_16_ex_decode, data, 'replace', -1, final)
for data in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00b', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'']:
    for final in (False, True):
        show(c.utf_32_decode, data, 'strict', final)
        show(c.utf_32_decode, data, 'replace', final)
        show(c.utf_32_le_decode, data, 'surrogatepass', final)
        show(c.utf_32_be_decode, data, 'ignore', final)
        show(c.utf_32_ex_decode, data, 'replace', 0, final)

# utf-7
for s in ['Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', '+', 'a+b', '~\\', '\U0001f600', 'x\ud800y', 'a-b\u1234-c', '\u1234a', '\u1234-', '\u1234/', '']:
    show(c.utf_7_encode, s)
for data in [b'+AGE', b'+AGE-', b'+AGEA', b'+AGEx', b'+', b'+-', b'+!', b'a\x80b', b'+2D3eAA-', b'+2D0-', b'+2D0x', b'+2D3eAA', b'+AGEAYQ', b'+A', b'+AG', b'+AGE-+AGE', b'+AGF-']:
    for errors in ['strict', 'replace']:
        show(c.utf_7_decode, data, errors, True)
    show(c.utf_7_decode, data, 'replace', False)
    show(c.utf_7_decode, data)

# latin-1 and ascii
for s in ['abc', 'h\xe9', 'a\u20acb\u20ac\u20acc', 'x\udc80\udcff']:
    for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape']:
        show(c.latin_1_encode, s, errors)
        show(c.ascii_encode, s, errors)
for data in [b'abc', b'a\xe9\xffb']:
    for errors in [None, 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        show(c.latin_1_decode, data, errors)
        show(c.ascii_decode, data, errors)
show(c.ascii_decode, bytearray(b'xyz'))
show(c.utf_8_decode, memoryview(b'xyz'))

# argument errors
show(c.utf_8_decode, 'abc')
show(c.utf_8_encode, b'abc')
show(c.utf_8_encode, 'abc', 1)
show(c.utf_8_decode, b'', None, 'x')
show(c.utf_8_decode)
show(c.utf_8_decode, b'', None, True, 1)
show(c.ascii_encode, 'x', 'nonexistent-handler')
show(c.ascii_encode, 'x\xe9', 'nonexistent-handler')
