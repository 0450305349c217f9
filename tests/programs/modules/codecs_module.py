import sys
sys.path.append('/usr/lib/python3.11')
import codecs

print(codecs.lookup('latin1').name, codecs.lookup('UTF-8').name, codecs.lookup('utf_16_le').name)
print('abc'.encode('cp1252'), b'\x80\xe9'.decode('cp1252'), '\u20ac'.encode('cp1252'))
print('h\xe9'.encode('utf-8-sig'), b'\xef\xbb\xbfh\xc3\xa9'.decode('utf-8-sig'))
print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'))
print('x\u20ac'.encode('cp437', 'replace'), b'\x80\x81'.decode('koi8_r'))
print('\u00e9'.encode('utf-7'), b'+AOk-'.decode('utf-7'))
print('a\u1234'.encode('unicode_escape'), b'\\u1234'.decode('unicode_escape'))
print('a\u1234'.encode('raw_unicode_escape'), codecs.escape_decode(b'\\x41'))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), repr(dec.decode(b'\xac')), repr(dec.decode(b'', True)))
dec = codecs.getincrementaldecoder('utf-16')()
print(repr(dec.decode(b'\xff')), repr(dec.decode(b'\xfea')), repr(dec.decode(b'\x00')))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'))
try:
    'x'.encode('rot13')
except LookupError as e:
    print(type(e).__name__, e)
try:
    b'\xff'.decode('cp1252x')
except LookupError as e:
    print(type(e).__name__, e)
try:
    '\u20ac'.encode('cp1252', 'strict') and '\u0100'.encode('cp1252')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
