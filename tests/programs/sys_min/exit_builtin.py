# fails on purpose: the site-provided exit() builtin raises SystemExit with the given code
print(repr(exit))
print("exit is callable:", callable(exit))
try:
    quit("caught quit")
except SystemExit as e:
    print("caught", repr(e.code))
exit(4)
