import _codecs as c

def show(f, *a):
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))

print(c.charmap_build('ab\ufffec'), c.charmap_build('aba'))
m = c.charmap_build(''.join(map(chr, range(256))))
print(type(m).__name__, m.size())
table = ''.join(map(chr, range(128))) + '\u20ac\ufffe\u201a\u0192' + ''.join(map(chr, range(0x84, 0x100)))
m2 = c.charmap_build(table)
print(type(m2).__name__, m2.size())
show(c.charmap_build, {})
show(c.charmap_encode, 'a\u20ac\u201a', 'strict', m2)
show(c.charmap_encode, 'a\u2030b', 'strict', m2)
show(c.charmap_encode, 'a\u2030\u2031b', 'replace', m2)
show(c.charmap_encode, 'a\u2030b', 'xmlcharrefreplace', m2)
show(c.charmap_encode, 'a\u2030b', 'backslashreplace', m2)
show(c.charmap_decode, b'a\x80\x81\x82', 'strict', table)
show(c.charmap_decode, b'a\x80\x81\x82', 'replace', table)
show(c.charmap_decode, b'a\x80\x81\x82', 'backslashreplace', table)
for mp in [{97: 1, 98: b'xy'}, {97: 300}, {97: 'x'}, {97: 1.5}, m, None]:
    for s, e in [('ab', 'strict'), ('abc', 'strict'), ('acca', 'replace'), ('acca', 'xmlcharrefreplace'), ('a\u20ac', 'backslashreplace'), ('a\udc80', 'surrogateescape'), ('a\u20ac', 'ignore')]:
        show(c.charmap_encode, s, e, mp)
for mp in ['ab\ufffe', {97: 'x', 98: None, 99: 0x1F600, 100: 0x110000, 101: 0xFFFE}, {97: 1.5}, None, {97: 'xyz'}]:
    for s, e in [(b'ab', 'strict'), (b'abc', 'replace'), (b'\x00\x01\x02\x03', 'strict'), (b'\x00\x02', 'backslashreplace'), (b'd', 'strict'), (b'a', 'strict'), (b'e', 'replace')]:
        show(c.charmap_decode, s, e, mp)
