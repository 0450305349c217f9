# xml.etree.ElementTree (pure-Python implementation) on pyexpat.
import io
import sys
import xml.etree.ElementTree as ET

root = ET.fromstring('<root a="1"><child name="x">text<sub/>tail</child><child name="y"/>'
                     '<!-- comment --><?pi data?></root>')
print(root.tag, root.attrib, len(root), [c.get('name') for c in root.findall('child')])
print(root[0].text, root[0][0].tail, root.find('child/sub') is not None)
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='utf-8'))

# namespaces
doc = '<a:r xmlns:a="urn:a" xmlns="urn:d"><a:x a:attr="1" plain="2"/><y/></a:r>'
r = ET.fromstring(doc)
print(r.tag, [c.tag for c in r], r[0].attrib)
print(ET.tostring(r, encoding='unicode'))

# entities, CDATA, encodings
r = ET.fromstring('<!DOCTYPE r [<!ENTITY e "ENT">]><r>&e; &amp; <![CDATA[<raw>]]> &#x263A;</r>')
print(repr(r.text))
r = ET.fromstring('<?xml version="1.0" encoding="iso-8859-1"?><r>caf\xe9</r>'.encode('latin-1'))
print(repr(r.text))
r = ET.fromstring('<r>\u00e9\u20ac</r>'.encode('utf-16'))
print(repr(r.text))

# parse from a file, iterparse, XMLPullParser
data = b'<doc><item id="1">one</item><item id="2">two</item></doc>'
tree = ET.parse(io.BytesIO(data))
print(tree.getroot().tag, [e.text for e in tree.iter('item')])
for event, elem in ET.iterparse(io.BytesIO(data), events=('start', 'end')):
    print(event, elem.tag, elem.get('id'))
ns = b'<r xmlns:p="urn:p"><p:x/></r>'
for event, item in ET.iterparse(io.BytesIO(ns), events=('start-ns', 'end-ns', 'start', 'end')):
    print(event, item if not hasattr(item, 'tag') else item.tag)
pp = ET.XMLPullParser(events=('start', 'end', 'comment', 'pi'))
for piece in (b'<ro', b'ot><a>x</', b'a><!-- c --', b'><?p q?></root>'):
    pp.feed(piece)
    print([(ev, getattr(el.tag, '__name__', el.tag)) for ev, el in pp.read_events()])
pp.close()

# XMLParser with a custom target
class Target:
    def __init__(self):
        self.out = []
    def start(self, tag, attrib):
        self.out.append(('start', tag, attrib))
    def end(self, tag):
        self.out.append(('end', tag))
    def data(self, data):
        self.out.append(('data', data))
    def comment(self, text):
        self.out.append(('comment', text))
    def doctype(self, name, pubid, system):
        self.out.append(('doctype', name, pubid, system))
    def close(self):
        return self.out
parser = ET.XMLParser(target=Target())
parser.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html><!--c-->hi</html>')
print(parser.close())

# errors
for bad in ('', 'foo', '<a>', '<a></b>', '<a>&foo;</a>', '<a/><b/>', '<tag>&foo;</tag>', 'foobar<'):
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), type(e).__name__, e, e.code, e.position)

# round trip
src = '<a x="1 &amp; 2" y="&lt;&gt;&quot;"><b>t &lt; u</b><c/>tail\n</a>'
r = ET.fromstring(src)
out = ET.tostring(r, encoding='unicode')
print(out)
print(ET.tostring(ET.fromstring(out), encoding='unicode') == out)
print(ET.canonicalize('<a  b="2" a="1"><c/></a>'))
