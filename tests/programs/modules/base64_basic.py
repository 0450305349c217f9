# base64 (pure Python over binascii): every encoding, the urlsafe and altchars variants,
# validation errors, and the base64/quopri codecs.
import base64, binascii, codecs

def t(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\xfd' * 7]
for s in samples:
    e64 = base64.b64encode(s)
    print(e64[:40], base64.b64decode(e64) == s, base64.standard_b64encode(s) == e64, base64.urlsafe_b64encode(s)[:40],
          base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s)
    print(base64.b32encode(s)[:40], base64.b32decode(base64.b32encode(s)) == s, base64.b32hexencode(s)[:40],
          base64.b32hexdecode(base64.b32hexencode(s)) == s)
    print(base64.b16encode(s)[:40], base64.b16decode(base64.b16encode(s)) == s, base64.b16decode(base64.b16encode(s).lower(), casefold=True) == s)
    print(base64.b85encode(s)[:40], base64.b85decode(base64.b85encode(s)) == s, base64.b85encode(s, pad=True)[:20])
    print(base64.a85encode(s)[:40], base64.a85decode(base64.a85encode(s)) == s, base64.a85encode(s, adobe=True, wrapcol=10)[:30])
    print(base64.encodebytes(s)[:40], base64.decodebytes(base64.encodebytes(s)) == s)

print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('YWJj'))
t('b64decode validate', base64.b64decode, b'YW*Jj', validate=True); t('b64decode junk', base64.b64decode, b'YW*Jj')
t('b64decode padding', base64.b64decode, b'YWJ'); t('b64decode str nonascii', base64.b64decode, 'YWJjé')
t('b64encode str', base64.b64encode, 'abc'); t('altchars bad', base64.b64encode, b'a', altchars=b'-')
t('b32decode bad', base64.b32decode, b'MZXW6==='); t('b32decode junk', base64.b32decode, b'MZXW6YQ!'); t('b32 lower', base64.b32decode, b'mzxw6===', casefold=True)
t('b32 map01', base64.b32decode, b'MZXW6YTB0I======', map01=b'L'); t('b32 odd', base64.b32decode, b'MZX')
t('b16decode lower', base64.b16decode, b'0a'); t('b16decode odd', base64.b16decode, b'0A0'); t('b16decode str', base64.b16decode, '0A')
t('b85decode bad', base64.b85decode, b'|Nsl~'); t('a85decode bad', base64.a85decode, b'xyz{'); t('a85 z', base64.a85decode, b'z'); t('a85 y', base64.a85decode, b'y', foldspaces=True)
t('a85 adobe', base64.a85decode, b'<~87cURD]i,"Ebo80~>', adobe=True); t('a85 adobe bad', base64.a85decode, b'87cURD', adobe=True)
t('decodebytes str', base64.decodebytes, 'YWJj'); t('encodebytes str', base64.encodebytes, 'abc')
print(base64.encodebytes(b'x' * 100))
import io
src, dst = io.BytesIO(b'hello world' * 10), io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == b'hello world' * 10)
print(codecs.encode(b'abc', 'base64'), codecs.decode(b'YWJj\n', 'base64'), codecs.encode(b'a=b', 'quopri'), codecs.decode(b'a=3Db', 'quopri'))
print(codecs.encode(b'\x00\xff', 'hex'), codecs.decode('00ff', 'hex'))
