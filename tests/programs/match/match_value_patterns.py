# Value patterns compare with ==; singletons (None/True/False) compare with is; literal strings and numbers; -0 and complex
class Codes:
    OK = 200
    NOT_FOUND = 404
    FLOATY = 1.0
def status(code):
    match code:
        case Codes.OK:
            return "ok"
        case Codes.NOT_FOUND:
            return "not found"
        case Codes.FLOATY:
            return "equal to 1.0"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex literal"
        case "200":
            return "string 200"
        case _:
            return "unknown"
for c in [200, 200.0, 404, True, 1, "200", -1, 1 + 2j, None]:
    print(repr(c), status(c))
class AlwaysEq:
    def __eq__(self, other):
        return True
def which(v):
    match v:
        case None:
            return "None"
        case False:
            return "False"
        case 0:
            return "zero"
        case _:
            return "other"
print(which(0), which(False), which(None), which(0.0), which(AlwaysEq()))
x = AlwaysEq()
match x:
    case Codes.OK:
        print("AlwaysEq equals Codes.OK via ==")
