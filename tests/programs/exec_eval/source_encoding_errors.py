# Bad source encodings (a coding cookie that disagrees with a UTF-8 BOM, an unknown codec) are
# SyntaxErrors from compile(), exec() and eval() on bytes, with the file name given.
sources = [
    b'\xef\xbb\xbf# coding: latin1\nx = 1\n',
    b'\xef\xbb\xbf# -*- coding: iso-8859-1 -*-\nx = 1\n',
    b'\xef\xbb\xbf# coding: utf-8\nx = 1\n',
    b'# coding: bogus\nx = 1\n',
    b'#!/usr/bin/env python\n# vim: set fileencoding=nonesuch :\nx = 1\n',
    b'# coding: latin-1\nx = "\xe9"\n',
]
for src in sources:
    try:
        code = compile(src, 'some_file.py', 'exec')
        ns = {}
        exec(code, ns)
        print('compile ok', ascii(ns['x']))
    except SyntaxError as e:
        print(type(e).__name__, e, '|', e.filename, e.lineno)
    try:
        ns = {}
        exec(src, ns)
        print('exec ok', ascii(ns['x']))
    except SyntaxError as e:
        print(type(e).__name__, e, '|', e.filename, e.lineno)
try:
    eval(b'\xef\xbb\xbf# coding: cp1252\n1')
except SyntaxError as e:
    print(type(e).__name__, e)
print(eval(b'\xef\xbb\xbf1 + 1'))
