# xml.sax (expatreader) on pyexpat.
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_namespaces
from xml.sax.saxutils import XMLGenerator


class H(ContentHandler):
    def __init__(self):
        super().__init__()
        self.out = []
        self.loc = None
    def setDocumentLocator(self, loc):
        self.loc = loc
    def startDocument(self):
        self.out.append('startDocument')
    def endDocument(self):
        self.out.append('endDocument')
    def startElement(self, name, attrs):
        self.out.append(('start', name, sorted(attrs.items()), self.loc and self.loc.getLineNumber(), self.loc and self.loc.getColumnNumber()))
    def endElement(self, name):
        self.out.append(('end', name))
    def startElementNS(self, name, qname, attrs):
        self.out.append(('startNS', name, qname, sorted(attrs.items(), key=repr)))
    def endElementNS(self, name, qname):
        self.out.append(('endNS', name, qname))
    def startPrefixMapping(self, prefix, uri):
        self.out.append(('prefix', prefix, uri))
    def endPrefixMapping(self, prefix):
        self.out.append(('endprefix', prefix))
    def characters(self, content):
        self.out.append(('chars', content))
    def processingInstruction(self, target, data):
        self.out.append(('pi', target, data))


doc = b'<?xml version="1.0"?>\n<r a="1">\n  <c>t&amp;x</c><?p d?>\n</r>'
h = H()
xml.sax.parseString(doc, h)
for x in h.out:
    print(x)

h = H()
p = xml.sax.make_parser()
p.setFeature(feature_namespaces, True)
p.setContentHandler(h)
p.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:x="urn:x"><x:c x:k="1" k="2"/></r>'))
for x in h.out:
    print(x)

try:
    xml.sax.parseString(b'<a><b></a>', H())
except xml.sax.SAXParseException as e:
    print(type(e).__name__, e, e.getLineNumber(), e.getColumnNumber())

out = io.StringIO()
xml.sax.parseString(b'<a x="1&amp;2"><b>t&lt;</b><!-- c --></a>', XMLGenerator(out))
print(out.getvalue())

# incremental feeding
h = H()
p = xml.sax.make_parser()
p.setContentHandler(h)
for piece in (b'<a><b', b'>x</b', b'></a>'):
    p.feed(piece)
p.close()
print(h.out)
