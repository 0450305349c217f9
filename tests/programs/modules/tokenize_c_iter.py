# _tokenize.TokenizerIter: the C tokenizer's tuples (exact types, NEWLINE quirks, INDENT/DEDENT at -1, errors).
import _tokenize
srcs = ['x = 1 # c\nif x:\n  é = """a\nb"""\n\n', '@staticmethod\ndef foo(x,y): pass', "Örter = u'places'\ngrün = U'green'",
"\ndef fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n", "\nif x:\n    y = 1\n    \\\n            \\\n        \\\n    \\\n    foo = 1\n",
"if a:\n  if b:\n    c\nd\n", "x = (1 +\n 2)\n", "f(1)", "async def f():\n  await x\n", "0xff <= 255", "a = 1\n\n\n"]
for s in srcs:
    try:
        print(list(_tokenize.TokenizerIter(s)))
    except SyntaxError as e:
        print(type(e).__name__, e)
for s in ["(1+2]", "1_", "0b12", "'sdfsdf", "("*1000+"a"+")"*1000, "]", "\xa0", "1e+", "012"]:
    try:
        print(list(_tokenize.TokenizerIter(s)))
    except SyntaxError as e:
        print(type(e).__name__, e)
deep = ''.join(('  ' * x) + 'if True:\n' for x in range(100)) + '  ' * 100 + 'pass\n'
toks = list(_tokenize.TokenizerIter(deep))
print("too deep ends quietly:", toks[-1][1], len(toks))
it = _tokenize.TokenizerIter("x\n")
print(iter(it) is it, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
import tokenize
print([t.type for t in tokenize._generate_tokens_from_c_tokenizer("a+=1\n")])
