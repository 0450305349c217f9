# pyexpat: handlers, attributes, namespaces, DTD declarations, entities, buffer_text.
import pyexpat
from xml.parsers import expat

HANDLERS = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler',
            'ProcessingInstructionHandler', 'CommentHandler', 'StartNamespaceDeclHandler',
            'EndNamespaceDeclHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler',
            'XmlDeclHandler', 'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler',
            'NotationDeclHandler', 'UnparsedEntityDeclHandler', 'ElementDeclHandler',
            'AttlistDeclHandler', 'SkippedEntityHandler', 'NotStandaloneHandler',
            'ExternalEntityRefHandler', 'DefaultHandler', 'DefaultHandlerExpand']


def run(doc, handlers=None, show_pos=False, **opts):
    ctor = {k: opts.pop(k) for k in ('encoding', 'namespace_separator') if k in opts}
    p = expat.ParserCreate(**ctor)
    for k, v in opts.items():
        setattr(p, k, v)
    out = []
    for h in handlers or HANDLERS[:20]:
        def f(*a, h=h):
            ev = (h[:-7],) + a
            if show_pos:
                ev += (p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
            out.append(ev)
            return 1
        setattr(p, h, f)
    try:
        r = p.Parse(doc, True)
        out.append(('result', r))
    except expat.ExpatError as e:
        out.append(('error', str(e), e.code, e.lineno, e.offset))
    for ev in out:
        print(ev)
    print('--')


run(b'<?xml version="1.0" encoding="utf-8"?>\n<root a="1" b=\'two\'>hello<child/>\n<!-- note --><?pi some data?>tail</root>')
run('<a>x\ny\r\nz\rw&amp;v&#65;&#x42;u<![CDATA[c <not> &amp;\nd]]></a>')
run(b'<a>\n <b>\n  <c/>\n </b>\n</a>', ['StartElementHandler', 'EndElementHandler'], show_pos=True)
run(b'<r xmlns="d" xmlns:x="u" xmlns:y="v" a="1" x:b="2"><x:c/><y:d xmlns="" z="3"/></r>', namespace_separator='|')
run(b'<r xmlns="d" xmlns:x="u" a="1" x:b="2"><x:c xml:lang="en"/></r>', namespace_separator='|', namespace_prefixes=True)
run(b'<r xmlns="d" xmlns:x="u" a="1" x:b="2"><x:c/></r>', namespace_separator='')
run(b'<!DOCTYPE r [<!ATTLIST r d CDATA "dv" e NMTOKENS "  a   b " a CDATA #IMPLIED>]><r a=" x\ty\n" b="&#9;&lt;" e=" p  q "/>',
    ['StartElementHandler'], ordered_attributes=True)
run(b'<!DOCTYPE r [<!ATTLIST r d CDATA "dv">]><r a="1"/>', ['StartElementHandler'], specified_attributes=True)
run(b'''<?xml version="1.0" standalone="no"?>
<!DOCTYPE doc SYSTEM "doc.dtd" [
<!ELEMENT doc (#PCDATA|b|c)*>
<!ELEMENT b (x,(y|z)?,w*)+>
<!ELEMENT e EMPTY>
<!ELEMENT f ANY>
<!ATTLIST doc id ID #REQUIRED kind (one|two) "one" fixed CDATA #FIXED "f">
<!NOTATION gif PUBLIC "-//gif//EN" "gif.exe">
<!ENTITY int "internal &amp; <b>bold</b>">
<!ENTITY ext SYSTEM "ext.xml">
<!ENTITY pic SYSTEM "pic.gif" NDATA gif>
<!ENTITY % pe "<!ENTITY q 'r'>">
<!-- in dtd -->
<?dtd-pi x?>
]>
<doc id="d1">&int;&ext;&undefined;</doc>''')
run(b'<!DOCTYPE a [<!ENTITY e "ee">]><a>&e;&lt;</a>', ['DefaultHandlerExpand', 'StartElementHandler'])
run(b'<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e "ee">]>\n<a x="1">t&amp;&e;<b/><!--c--><?p d?><![CDATA[q]]></a>\n',
    ['DefaultHandler', 'StartElementHandler'])
run(b'<!DOCTYPE a PUBLIC "-//A//EN" "a.dtd"><a/>', ['DefaultHandlerExpand'])

# buffer_text
p = expat.ParserCreate()
got = []
p.buffer_text = True
p.CharacterDataHandler = got.append
p.StartElementHandler = lambda n, a: got.append('<%s>' % n)
p.Parse(b'<a>1<b/>&lt;2&gt;<c/>&#32;\n&#x20;3</a>', True)
print(got, p.buffer_text, p.buffer_size, p.buffer_used)
got = []
p = expat.ParserCreate()
p.CharacterDataHandler = got.append
p.buffer_text = 1
p.Parse(b'<a>1<b/>2<c/>3</a>', True)
print(got)
for bad in (-1, 0, 512.0, 2**40):
    try:
        p.buffer_size = bad
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
p.buffer_size = 100
print(p.buffer_size)

# chardata pieces for a converted encoding
n = []
p = expat.ParserCreate()
p.CharacterDataHandler = lambda d: n.append(len(d))
p.Parse(b"<?xml version='1.0' encoding='iso-8859-1'?><s>" + b'a' * 2500 + b'</s>', True)
print(n)

# attributes of the parser object
p = expat.ParserCreate(namespace_separator='!')
for name in ('buffer_text', 'namespace_prefixes', 'ordered_attributes', 'specified_attributes'):
    vals = []
    for x in 0, 1, 2, 0:
        setattr(p, name, x)
        vals.append(getattr(p, name))
    print(name, vals)
print(p.intern, expat.ParserCreate(intern=None).intern, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber,
      p.ErrorByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
print(p.StartElementHandler, p.GetBase())
p.SetBase('http://base/')
print(p.GetBase())
try:
    p.returns_unicode = 1
except AttributeError as e:
    print('AttributeError')
try:
    p.CurrentLineNumber = 3
except AttributeError as e:
    print('AttributeError', e)
print(type(p).__name__, type(p).__module__, expat.XMLParserType is type(p))
try:
    expat.XMLParserType()
except TypeError as e:
    print('TypeError', e)
