# fails on purpose: a SyntaxError raised by compile() at runtime shows the "<string>" source location and caret
source = "x = (1 +\n     2 +)\n"
print("compiling")
code = compile(source, "<generated>", "exec")
