# pyexpat: incremental parsing with any chunk boundary, encodings, ParseFile, external entities.
import io
from xml.parsers import expat

DOC = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE r [<!ENTITY e "ent&#233;">]>\n'
       '<r xmlns:p="urn:p" at="v&amp;&e;"><p:x k="1">t\u00e9xt\u20ac\U0001F600 &e; &lt;</p:x>'
       '<!-- c --><?pi d?><![CDATA[cd]]>\r\nend</r>\n')


def events(chunks, **kw):
    p = expat.ParserCreate(**kw)
    p.buffer_text = True
    out = []
    p.StartElementHandler = lambda n, a: out.append(('s', n, sorted(a.items())))
    p.EndElementHandler = lambda n: out.append(('e', n))
    p.CharacterDataHandler = lambda d: out.append(('d', d))
    p.CommentHandler = lambda d: out.append(('c', d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(('pi', t, d))
    for c in chunks:
        p.Parse(c, False)
    p.Parse(b'', True)
    # merge adjacent data (chunk boundaries may split it)
    merged = []
    for ev in out:
        if ev[0] == 'd' and merged and merged[-1][0] == 'd':
            merged[-1] = ('d', merged[-1][1] + ev[1])
        else:
            merged.append(ev)
    return merged


data = DOC.encode('utf-8')
whole = events([data])
print(whole)
ok = True
for size in (1, 2, 3, 5, 7, 64):
    chunks = [data[i:i + size] for i in range(0, len(data), size)]
    ok = ok and events(chunks) == whole
print('utf-8 chunked same:', ok)
print('str same:', events([DOC]) == whole)
print('str chunked same:', events([DOC[i:i + 3] for i in range(0, len(DOC), 3)]) == whole)
for enc, name in (('utf-16', 'utf-16'), ('utf-16-le', 'UTF-16LE'), ('utf-16-be', 'UTF-16BE')):
    b = DOC.replace('utf-8', name).encode(enc)
    print(enc, events([b]) == whole, events([b[i:i + 3] for i in range(0, len(b), 3)]) == whole)
lat = '<?xml version="1.0" encoding="iso-8859-1"?><r a="\xe9">caf\xe9 \xb5</r>'.encode('latin-1')
print(events([lat]))
print(events([lat[i:i + 1] for i in range(len(lat))]))
print(events([b'<r>caf\xe9</r>'], encoding='latin-1'))
print(events([b'\xef\xbb\xbf<r>bom</r>']))
try:
    events([b'<r/>'], encoding='utf-32')
except ValueError as e:
    print('ValueError', e)

# positions after partial parses
p = expat.ParserCreate()
p.Parse(b'<a>\n<b/>x', False)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.Parse(b'</a>', True)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)

# ParseFile
p = expat.ParserCreate()
names = []
p.StartElementHandler = lambda n, a: names.append(n)
print(p.ParseFile(io.BytesIO(b'<a>' + b'<b/>' * 1000 + b'</a>')), len(names))
p = expat.ParserCreate()
try:
    p.ParseFile(io.BytesIO(b'<a><b></a>'))
except expat.ExpatError as e:
    print(e)

# errors when fed incrementally
p = expat.ParserCreate()
p.Parse(b'<a><b', False)
try:
    p.Parse(b'></c>', False)
except expat.ExpatError as e:
    print(e, e.code)

# external entities and the parser made for them
doc = b'<!DOCTYPE r [<!ENTITY ext SYSTEM "ext.xml">]><r>&ext;</r>'
p = expat.ParserCreate()
out = []
def ext_ref(context, base, sysid, pubid):
    out.append(('ref', context, base, sysid, pubid))
    sub = p.ExternalEntityParserCreate(context)
    sub.Parse(b'<inner a="1">text</inner>tail', True)
    return 1
p.ExternalEntityRefHandler = ext_ref
p.StartElementHandler = lambda n, a: out.append(('s', n, a))
p.CharacterDataHandler = lambda d: out.append(('d', d))
p.SetBase('base/')
p.Parse(doc, True)
print(out)
p = expat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
try:
    p.Parse(doc, True)
except expat.ExpatError as e:
    print(e)

# UseForeignDTD / SetParamEntityParsing
calls = []
p = expat.ParserCreate()
p.UseForeignDTD(True)
print(p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS))
p.ExternalEntityRefHandler = lambda c, b, s, pub: calls.append((pub, s)) or 1
p.Parse(b"<?xml version='1.0'?><element/>")
print(calls)
calls = []
p = expat.ParserCreate()
p.UseForeignDTD()
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
p.ExternalEntityRefHandler = lambda c, b, s, pub: calls.append((pub, s)) or 1
p.Parse(b"<?xml version='1.0'?><!DOCTYPE foo PUBLIC 'bar' 'baz'><element/>")
print(calls)

# a large document
parts = ['<root>']
for i in range(20000):
    parts.append('<item id="%d">text %d &amp; more</item>\n' % (i, i))
parts.append('</root>')
big = ''.join(parts).encode()
count = [0, 0]
p = expat.ParserCreate()
def st(n, a):
    count[0] += 1
def cd(d):
    count[1] += len(d)
p.StartElementHandler = st
p.CharacterDataHandler = cd
for i in range(0, len(big), 4096):
    p.Parse(big[i:i + 4096], False)
p.Parse(b'', True)
print(len(big) > 500000, count)
