# binascii: differential checks over many generated inputs (a fixed LCG, no random module):
# base64 decoding with odd padding and junk (strict and not), quoted-printable both ways,
# uuencode lines, CRCs. Each case prints a short result or the error.
import binascii

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 8) % n

def pick(alphabet, length):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(length))

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        return r if len(r) < 40 else (len(r), binascii.crc32(r))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
for i in range(120):
    s = pick(B64 + b'====\n !-_', rnd(14))
    print(s, show(binascii.a2b_base64, s), show(binascii.a2b_base64, s, strict_mode=True))
for n in range(0, 10):
    data = pick(range(256), n)
    enc = binascii.b2a_base64(data)
    assert binascii.a2b_base64(enc) == data
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc[:-1], strict_mode=True) == data, show(binascii.a2b_base64, enc, strict_mode=True))

QP_ALPHA = b'ab =_.\t\r\n\x00\x7f\xff\xe9xyz.'
for i in range(120):
    data = pick(QP_ALPHA, rnd(100))
    flags = dict(quotetabs=rnd(2), istext=rnd(2), header=rnd(2))
    enc = binascii.b2a_qp(data, **flags)
    print(flags, show(binascii.b2a_qp, data, **flags), show(binascii.a2b_qp, enc, header=flags['header']))
for i in range(60):
    s = pick(b'=AF09afgx_ \r\n', rnd(20))
    print(s, binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
long_line = b'x' * 200 + b'\n' + b'y ' * 50 + b'\r\n' + b'.' + b'\n.\n' + b'z' * 75 + b'\t\n'
print(binascii.b2a_qp(long_line))
print(binascii.b2a_qp(long_line.replace(b'\r\n', b'\n')))
print(binascii.b2a_qp(b'a\r\nb\nc'), binascii.b2a_qp(b'a\nb\r\nc'), binascii.b2a_qp(b'.'), binascii.b2a_qp(b'.\r'), binascii.b2a_qp(b'end '))

for n in range(0, 46, 5):
    data = pick(range(256), n)
    for bt in (False, True):
        line = binascii.b2a_uu(data, backtick=bt)
        assert binascii.a2b_uu(line) == data
        print(n, bt, line[:20], binascii.a2b_uu(line.rstrip(b'\n')) == data)
for i in range(60):
    s = pick(b' !"#$%&MNOPQ`abc\n\r\x7f', rnd(12))
    print(s, show(binascii.a2b_uu, s))

for i in range(20):
    data = pick(range(256), rnd(300))
    print(binascii.crc32(data), binascii.crc32(data, rnd(2**32)), binascii.crc_hqx(data, rnd(2**16)), binascii.hexlify(data[:6]))
