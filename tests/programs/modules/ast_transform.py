# NodeVisitor / NodeTransformer: rewrite trees, then compile and run them.
import ast


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)


c = Counter()
c.visit(ast.parse("x = f(y, g(z))\nprint(x)"))
print(c.names, c.calls)


class ConstVisitor(ast.NodeVisitor):
    def visit_Constant(self, node):
        print("constant", repr(node.value))


ConstVisitor().visit(ast.parse("a = 1 + 2.5 - 'x' if b'y' else None"))


# Double every integer constant.
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


src = "result = [1, 2, 3]\ntotal = sum(result) + 10\n"
tree = Doubler().visit(ast.parse(src))
ns = {}
exec(compile(tree, "<doubled>", "exec"), ns)
print(ns["result"], ns["total"])
print(ast.unparse(tree))


# Rename variables and turn additions into multiplications; new nodes lack positions.
class Rewriter(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id.startswith("v_"):
            return ast.Name(id="renamed_" + node.id[2:], ctx=node.ctx)
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.BinOp(left=node.left, op=ast.Mult(), right=node.right)
        return node


tree = ast.parse("v_a = 3\nv_b = v_a + 4\nprint(v_b, renamed_a)")
tree = ast.fix_missing_locations(Rewriter().visit(tree))
print(ast.unparse(tree))
exec(compile(tree, "<rewritten>", "exec"), {})


# Remove statements (return None) and expand one into several (return a list).
class Dropper(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", None) == "drop":
            return None
        if isinstance(node.value, ast.Call) and getattr(node.value.func, "id", None) == "twice":
            call = ast.Call(ast.Name("print", ast.Load()), node.value.args, [])
            return [ast.Expr(call), ast.Expr(call)]
        return node


tree = ast.fix_missing_locations(Dropper().visit(ast.parse("drop(1)\ntwice('hi')\nprint('end')")))
print(len(tree.body))
exec(compile(tree, "<dropped>", "exec"), {})


# A function built entirely by hand.
args = ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b")], vararg=None, kwonlyargs=[],
                     kw_defaults=[], kwarg=None, defaults=[ast.Constant(10)])
body = [ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Pow(), ast.Name("b", ast.Load())))]
fn = ast.FunctionDef(name="power", args=args, body=body, decorator_list=[], returns=None)
mod = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
ns = {}
exec(compile(mod, "<built>", "exec"), ns)
print(ns["power"](2, 5), ns["power"](2))
print(ast.unparse(mod))

# eval mode, single mode, tuple/complex constants, the compiled code's line numbers.
e = ast.Expression(ast.Constant((1, (2, "x"), 3.5)))
print(eval(compile(ast.fix_missing_locations(e), "<e>", "eval")))
e = ast.Expression(ast.Constant(1 + 2j))
print(eval(compile(ast.fix_missing_locations(e), "<e>", "eval")))
code = compile(ast.parse("a = 1\n\nb = 2"), "<lines>", "exec")
print(code.co_filename, code.co_firstlineno, type(code).__name__)
tree = ast.parse("1/0", mode="eval")
ast.increment_lineno(tree, 41)
try:
    eval(compile(tree, "<inc>", "eval"))
except ZeroDivisionError as exc:
    print(type(exc).__name__, exc.__traceback__.tb_next.tb_lineno)

# compile() of an AST with PyCF_ONLY_AST returns it unchanged.
t = ast.parse("x")
print(compile(t, "<same>", "exec", ast.PyCF_ONLY_AST) is t)

# Errors raised from compiling a changed tree are the compiler's SyntaxErrors.
bad = ast.fix_missing_locations(ast.Module([ast.Return(ast.Constant(1))], []))
try:
    compile(bad, "<ret>", "exec")
except SyntaxError as exc:
    print(type(exc).__name__, exc.msg, exc.filename, exc.lineno)
bad = ast.fix_missing_locations(ast.Module([ast.Break()], []))
try:
    compile(bad, "<brk>", "exec")
except SyntaxError as exc:
    print(type(exc).__name__, exc.msg, exc.lineno)
