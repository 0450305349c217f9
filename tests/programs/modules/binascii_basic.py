# binascii: the functions one by one, their argument handling and error messages.
import binascii as b

def t(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__, b.__name__)
print(sorted(x for x in dir(b) if not x.startswith('_')))
print(b.a2b_base64.__doc__.splitlines()[0], b.crc32.__doc__, b.__doc__)

# hex
t('hexlify', b.hexlify, b'\xb9\x01\xef'); t('b2a_hex sep', b.b2a_hex, b'\xb9\x01\xef', ':'); t('b2a_hex sep2', b.b2a_hex, b'\xb9\x01\xef', b'_', 2)
t('hexlify -2', b.hexlify, b'abcde', '-', -2); t('hexlify 2', b.hexlify, b'abcde', '-', 2); t('hexlify 0', b.hexlify, b'abc', '-', 0)
t('hexlify kw', b.hexlify, data=b'abc', sep='.'); t('hexlify empty', b.hexlify, b''); t('hexlify ba', b.hexlify, bytearray(b'\x00\xff'))
t('hexlify mv', b.hexlify, memoryview(b'xyz')); t('hexlify str', b.hexlify, 'abc'); t('hexlify sep int', b.hexlify, b'abc', 5)
t('hexlify sep long', b.hexlify, b'abc', sep=b'::'); t('hexlify sep nonascii', b.hexlify, b'abc', sep='é'); t('hexlify per big', b.hexlify, b'abc', '-', 2**40)
t('hexlify none', b.hexlify); t('hexlify 4', b.hexlify, b'a', '-', 1, 2)
t('unhexlify', b.unhexlify, b'AbCd09'); t('a2b_hex str', b.a2b_hex, '00ff'); t('a2b_hex odd', b.a2b_hex, 'abc'); t('a2b_hex bad', b.a2b_hex, 'zz')
t('a2b_hex nonascii', b.a2b_hex, 'é0'); t('a2b_hex int', b.a2b_hex, 5); t('a2b_hex kw', b.a2b_hex, hexstr='00'); t('a2b_hex space', b.a2b_hex, '0 ')
t('unhexlify ba', b.unhexlify, bytearray(b'4142'))

# base64
for data in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:40]]:
    print(b.b2a_base64(data), b.b2a_base64(data, newline=False), b.a2b_base64(b.b2a_base64(data)) == data)
for s in ['YWJj', 'YWJ=', 'YW==', 'YQ', 'YWJ', 'Y', 'YWJjZA===', '=YWJj', 'YW=Jj', 'YWJj\nZGVm', 'YW Jj', 'YWJj====',
          'YWJj=', 'Y===', 'YW=', 'YWJjZ', 'YWJj*', '', '====', 'YQ==YQ==', 'YQ=a', 'YQ==\n']:
    t('a2b_base64 ' + repr(s), b.a2b_base64, s)
    t('a2b_base64 strict ' + repr(s), b.a2b_base64, s, strict_mode=True)
t('a2b_base64 ba', b.a2b_base64, bytearray(b'YWJj')); t('a2b_base64 mv', b.a2b_base64, memoryview(b'YWJj'))
t('a2b_base64 nonascii', b.a2b_base64, 'YWJjé'); t('a2b_base64 int', b.a2b_base64, 1); t('a2b_base64 strict str', b.a2b_base64, 'YQ==', strict_mode='x')
t('a2b_base64 pos strict', b.a2b_base64, 'YQ==', True); t('b2a_base64 str', b.b2a_base64, 'abc'); t('b2a_base64 newline list', b.b2a_base64, b'a', newline=[])
t('b2a_base64 newline 2', b.b2a_base64, b'a', newline=2); t('b2a_base64 bad kw', b.b2a_base64, b'a', bad=1); t('b2a_base64 none', b.b2a_base64)

# uu
for data in [b'', b'a', b'abc', b'hello world', bytes(range(45))]:
    print(b.b2a_uu(data), b.b2a_uu(data, backtick=True), b.a2b_uu(b.b2a_uu(data)) == data)
t('b2a_uu 46', b.b2a_uu, b'x' * 46); t('b2a_uu str', b.b2a_uu, 'x'); t('b2a_uu backtick str', b.b2a_uu, b'', backtick='x')
t('a2b_uu empty', b.a2b_uu, b''); t('a2b_uu space', b.a2b_uu, b' '); t('a2b_uu str', b.a2b_uu, '#86)C\n')
t('a2b_uu illegal', b.a2b_uu, b'#8\x016)C'); t('a2b_uu trailing', b.a2b_uu, b'!86)C'); t('a2b_uu short', b.a2b_uu, b'-86)C')
t('a2b_uu trailing ok', b.a2b_uu, b'!80`  \r\n'); t('a2b_uu int', b.a2b_uu, 3); t('a2b_uu 2', b.a2b_uu, b'', b'')

# qp
t('b2a_qp', b.b2a_qp, b'caf\xe9 = ok\n'); t('b2a_qp header', b.b2a_qp, b'a b_c', header=True); t('b2a_qp quotetabs', b.b2a_qp, b'a b\tc', quotetabs=True)
t('b2a_qp binary', b.b2a_qp, b'a\r\nb\n', istext=False); t('b2a_qp trailing ws', b.b2a_qp, b'a \nb\t\n'); t('b2a_qp long', b.b2a_qp, b'x' * 80)
t('b2a_qp str', b.b2a_qp, 'abc'); t('b2a_qp istext str', b.b2a_qp, b'x', istext='y'); t('b2a_qp pos', b.b2a_qp, b'a b', 1, 1, 1)
t('a2b_qp', b.a2b_qp, b'caf=E9 =3d ok=\nnext'); t('a2b_qp header', b.a2b_qp, 'a=3D_b', header=True); t('a2b_qp kw', b.a2b_qp, data='x=4')
t('a2b_qp soft crlf', b.a2b_qp, b'ab=\r\ncd'); t('a2b_qp eq', b.a2b_qp, b'a=='); t('a2b_qp end', b.a2b_qp, b'a='); t('a2b_qp lower', b.a2b_qp, b'=e9=Zz')

# crc
t('crc32', b.crc32, b'hello world'); t('crc32 start', b.crc32, b'world', b.crc32(b'hello ')); t('crc32 -1', b.crc32, b'abc', -1)
t('crc32 big', b.crc32, b'abc', 2**70); t('crc32 float', b.crc32, b'abc', 1.0); t('crc32 str', b.crc32, 'abc'); t('crc32 empty', b.crc32, b'')
t('crc32 3', b.crc32, b'a', 1, 2); t('crc32 kw', b.crc32, data=b'a')
t('crc_hqx', b.crc_hqx, b'hello world', 0); t('crc_hqx big', b.crc_hqx, b'abc', 0x12345); t('crc_hqx -1', b.crc_hqx, b'abc', -1)
t('crc_hqx 1', b.crc_hqx, b'abc'); t('crc_hqx ba', b.crc_hqx, bytearray(b'abc'), 0xffff)

# the hex codec goes through binascii
import codecs
print(codecs.encode(b'\x01\xab', 'hex'), codecs.decode(b'01ab', 'hex'), codecs.decode('01AB', 'hex_codec'))
try:
    codecs.decode(b'0g', 'hex')
except Exception as e:
    print(type(e).__name__, e)
