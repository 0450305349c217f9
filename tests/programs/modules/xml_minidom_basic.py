# xml.dom.minidom, pulldom and expatbuilder on pyexpat.
import xml.dom.minidom as minidom
from xml.dom import pulldom
from xml.parsers.expat import ExpatError

doc = minidom.parseString('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "ent">]>'
                          '<r a="1" xmlns:p="urn:p"><p:c p:k="v">text &e; &amp;</p:c><!--cm--><?pi d?>'
                          '<![CDATA[x<y]]></r>')
r = doc.documentElement
print(r.tagName, r.getAttribute('a'), [n.nodeType for n in r.childNodes])
c = r.firstChild
print(c.tagName, c.namespaceURI, c.localName, c.prefix, c.getAttributeNS('urn:p', 'k'), repr(c.firstChild.data))
print(doc.doctype.name, doc.doctype.entities.length, doc.doctype.entities.item(0).nodeName)
print(doc.toxml())
print(minidom.parseString('<a><b>1</b><c/></a>').toprettyxml(indent='  '))
print(minidom.parseString(b'<a>caf\xc3\xa9</a>').documentElement.firstChild.data)
print(minidom.parseString('<a>\u20ac</a>').toxml(encoding='utf-8'))
for bad in ('<a>', '<a></b>', '<a x="1" x="2"/>'):
    try:
        minidom.parseString(bad)
    except ExpatError as e:
        print(type(e).__name__, e)
try:
    minidom.parseString('<element xmlns:abc="http:abc.com/de f g/hi/j k"><abc:foo /></element>')
except ExpatError as e:
    print(type(e).__name__, e)

events = pulldom.parseString('<a><b x="1">t</b><c/></a>')
for ev, node in events:
    print(ev, getattr(node, 'tagName', None) or repr(getattr(node, 'data', None)))
