# exec defining classes with methods and closures; code object reuse; exec with a custom __builtins__
src = '''
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)
def make_scaler(k):
    def scale(p):
        return Point(p.x * k, p.y * k)
    return scale
p = make_scaler(3)(Point(1, -2))
result = (p.x, p.y, p.norm1(), Point.__qualname__, Point.__module__)
'''
ns = {"__name__": "generated"}
exec(src, ns)
print(ns["result"], type(ns["p"]).__name__)
code = compile("acc.append(n * n)", "<sq>", "exec")
acc = []
for n in range(5):
    exec(code, {"acc": acc, "n": n})
print(acc)
restricted = {"__builtins__": {"len": len, "print": print}}
exec("print('restricted:', len('abcd'))", restricted)
try:
    exec("open('x')", restricted)
except NameError as e:
    print(type(e).__name__, e)
exec("def f():\n    return __name__\nr = f()", ns)
print(ns["r"])
