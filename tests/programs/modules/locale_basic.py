import _locale as l

print(l.LC_CTYPE, l.LC_NUMERIC, l.LC_TIME, l.LC_COLLATE, l.LC_MONETARY, l.LC_MESSAGES, l.LC_ALL, l.CHAR_MAX)
for k in ['CODESET', 'RADIXCHAR', 'THOUSEP', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'YESEXPR', 'NOEXPR',
          'CRNCYSTR', 'ERA', 'ALT_DIGITS', 'ERA_D_FMT', 'ERA_D_T_FMT', 'ERA_T_FMT', '_DATE_FMT']:
    print(k, getattr(l, k), repr(l.nl_langinfo(getattr(l, k))))
for i in range(1, 8):
    print(l.nl_langinfo(getattr(l, 'DAY_%d' % i)), l.nl_langinfo(getattr(l, 'ABDAY_%d' % i)))
for i in range(1, 13):
    print(l.nl_langinfo(getattr(l, 'MON_%d' % i)), l.nl_langinfo(getattr(l, 'ABMON_%d' % i)))
print(sorted(l.localeconv().items()))
print(l.setlocale(l.LC_CTYPE), l.getencoding())
print(l.setlocale(l.LC_ALL))
for args in [(l.LC_ALL, 'C'), (l.LC_ALL, 'POSIX'), (l.LC_ALL, 'C.UTF-8'), (l.LC_NUMERIC, 'C'), (l.LC_ALL, None), (l.LC_ALL, 'xx_YY'),
             (99, 'C'), (l.LC_NUMERIC, 'C.utf8'), (l.LC_ALL, 'en_US.UTF-8'), (l.LC_ALL, ''), (l.LC_TIME, 'C'), (l.LC_ALL, None)]:
    try:
        print(args, l.setlocale(*args), l.nl_langinfo(l.CODESET), l.getencoding())
    except l.Error as e:
        print(args, type(e).__name__, e)
print(l.setlocale(l.LC_ALL, l.setlocale(l.LC_ALL)))
l.setlocale(l.LC_ALL, 'C')
print(l.getencoding(), l.nl_langinfo(l.CODESET), l.setlocale(l.LC_CTYPE))
print(l.setlocale(l.LC_ALL, 'C.UTF-8'))
for bad in [('x',), (l.LC_ALL, 5)]:
    try:
        l.setlocale(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [12345, 'x']:
    try:
        l.nl_langinfo(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(l.strcoll('a', 'b'), l.strcoll('b', 'a'), l.strcoll('a', 'a'), l.strcoll('ab', 'a'), l.strxfrm('abc'))
print(l.Error.__name__, l.Error.__module__, issubclass(l.Error, Exception))
print(l.gettext('hello'), l.dgettext(None, 'm'), l.dcgettext(None, 'm', l.LC_MESSAGES), l.textdomain(None))
print(l.__doc__)
