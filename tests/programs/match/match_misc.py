# match: soft keyword usage as names, evaluation order of subject, irrefutable patterns, bindings on failed cases
match = 1
case = 2
print(match, case)
_ = "underscore"
def f(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items]:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
for c in ["go north", "pick up lamp", "take key", "drop a b c", "exit", "dance wildly", ""]:
    print(repr(c), "->", f(c))
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2]
match subject():
    case [1, 3]:
        pass
    case [1, x]:
        print("second case, subject evaluated", calls, "time(s)")
match (1, 2):
    case (a, 3):
        pass
    case _:
        print("partial binding from failed case:", a if "a" in dir() else "unbound")
for src in ["match x:\n    case a:\n        pass\n    case b:\n        pass\n", "match x:\n    case [a, a]:\n        pass\n", "match x:\n    case a | b:\n        pass\n", "match x:\n    case 1 | a:\n        pass\n", "match x:\n    case _ | _:\n        pass\n", "match x:\n    case {**rest, 'a': 1}:\n        pass\n", "match x:\n    case f():\n        pass\n    case 1 + 2:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
match -0.0:
    case 0:
        print("-0.0 matches literal 0 (equality)")
match 1:
    case True:
        print("1 matches True?")
    case 1:
        print("True is matched by identity, so 1 does not match True")
