# pyexpat: ExpatError codes, messages and positions; the errors and model submodules.
import sys
import pyexpat
from xml.parsers import expat
from xml.parsers.expat import errors, model

docs = [b'', b' ', b'<', b'<a', b'<a>', b'<a></b>', b'<a/><b/>', b'<a/>x', b'x<a/>', b'foo', b'<a>&foo;</a>',
        b'<a x="1" x="2"/>', b'<a>\xff</a>', b'<a>\xc3</a>', b'<a b=c/>', b'<a b="<"/>', b'<a>]]></a>',
        b'<a><!-- x -- y --></a>', b'<a>&#0;</a>', b'<a>&#xD800;</a>', b'<a>&#12a;</a>', b'<a>&;</a>',
        b'<a>& b</a>', b'<1a/>', b'<a><![CDATA[x</a>', b'<a><!--x</a>', b'<a><?pi x</a>', b'<a>\n<b>\n</c></a>',
        b'<?xml version="1.0"?><?xml version="1.0"?><a/>', b' <?xml version="1.0"?><a/>', b'<a>\x01</a>',
        b'<a b="1"c="2"/>', b'<a b="1" / >', b'<x:a/>', b'<a xmlns:x="u"><x:b y:c="1"/></a>', b'<a xmlns:x=""/>',
        b'<a>\r\n\r\n</b>', b'<a>\t\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80</b>',
        b'<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>', b'<!DOCTYPE a [<!ENTITY e SYSTEM "x" NDATA n>]><a>&e;</a>',
        b'<!DOCTYPE a [<!ENTITY e SYSTEM "x">]><a b="&e;"/>', b'<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>',
        b'<!DOCTYPE a [<!ENTITY e "x"><!ENTITY e "y">]><a>&e;</a>', b'<a></a  >', b'< a/>', b'<a>< /a>',
        b'<a></ a>', b'<?xml encoding="utf-8"?><a/>', b'<?xml version="1.0" standalone="maybe"?><a/>',
        b'<?xmlfoo?><a/>', b'<?XML x?><a/>', b'<?pi?><a/>', b'<!DOCTYPE a><!DOCTYPE a><a/>', b'<a/><!DOCTYPE a>',
        b'<a b="1>', b"<a b='1'>text", b'<a>text', b'<a>&lt</a>', b'<a>&#x;</a>', b'<!-- a --><!-->',
        b'<a><!----></a>', b'<a><!---></a>', b'<a/>\n\n<b/>', b'<a>&#x110000;</a>', b'foobar<',
        b'<!DOCTYPE a SYSTEM "x"><a>&undef;</a>', b'<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "x"><a>&u;</a>']
for d in docs:
    p = expat.ParserCreate(namespace_separator=' ' if (b'xmlns' in d or b'x:' in d) else None)
    try:
        p.Parse(d, True)
        print(d, 'OK')
    except expat.ExpatError as e:
        print(d, type(e).__name__, e.code, e, e.lineno, e.offset, p.ErrorCode, p.ErrorLineNumber,
              p.ErrorColumnNumber, p.ErrorByteIndex, errors.messages[e.code])

for s in ["<a>é€😀</b>", "<a>\n\té</b>"]:
    p = expat.ParserCreate()
    try:
        p.Parse(s, True)
    except expat.ExpatError as e:
        print(repr(s), e, p.ErrorByteIndex)

# parsing again after the end
p = expat.ParserCreate()
p.Parse(b'<a/>', True)
try:
    p.Parse(b'<a/>', True)
except expat.error as e:
    print(e, expat.ErrorString(e.code) == errors.XML_ERROR_FINISHED)

# an exception from a handler propagates
p = expat.ParserCreate()
def boom(name, attrs):
    raise RuntimeError(name)
p.StartElementHandler = boom
try:
    p.Parse(b'<a><b/></a>', True)
except RuntimeError as e:
    print('RuntimeError', e)

print(expat.ExpatError is expat.error, expat.ExpatError.__module__, expat.ExpatError.__name__,
      issubclass(expat.ExpatError, Exception))
print(errors.XML_ERROR_SYNTAX, errors.codes[errors.XML_ERROR_SYNTAX], errors.messages[2])
print(sorted(k for k in dir(errors) if k.startswith('XML_')))
print(len(errors.codes), len(errors.messages), errors.__name__, model.__name__)
print(sorted((k, v) for k, v in vars(model).items() if k.startswith('XML_')))
print(sys.modules['pyexpat.errors'] is errors, sys.modules['pyexpat.model'] is model)
print([expat.ErrorString(i) for i in range(0, 45, 4)])
print(pyexpat.version_info, pyexpat.EXPAT_VERSION, pyexpat.native_encoding, pyexpat.features)
print(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER, pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)

for kw in ({'namespace_separator': 42}, {'namespace_separator': 'too long'}, {'encoding': 1}, {'intern': 3}):
    try:
        expat.ParserCreate(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = expat.ParserCreate()
for bad in (42, None):
    try:
        p.Parse(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    p.ParseFile(42)
except TypeError as e:
    print('TypeError', e)
try:
    expat.ParserCreate(encoding='bogus-enc').Parse(b'<a/>', True)
except LookupError as e:
    print('LookupError', e)
