# split/rsplit/splitlines/partition/rpartition/join edge cases
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), ",a,".split(","))
print("  a  b   c ".split(), "  a  b   c ".split(None, 1), "  a  b   c ".rsplit(None, 1), "".split(), "".split(","))
print("a b c".split(" ", 0), "a\tb\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j".split())
print("abc".split("abc"), "aXbXc".split("X", -1), "aaa".split("a"), "abcabc".rsplit("bc"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("line1\nline2\r\nline3\rline4".splitlines(), "x\n\ny\n".splitlines(), "x\ny\n".splitlines(True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines(), "".splitlines(), "\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(4)), "ab".join(("1",)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(" x ".join({1: "a", 2: "b"}.values()), "|".join({"k": 1}))
print("1,2,3".split(",", maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a  b".split(" "))
