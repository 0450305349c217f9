// The node types of Python 3.11's abstract grammar (Parser/Python.asdl), as data for the _ast
// module: which classes exist, their hierarchy, the type of each field (what compile() checks
// when it turns Python AST objects back into Typhon's tree) and the class docstrings.
//
// The description below is the ASDL notation itself, kept short: `T = A(fields) | B | ...` is a
// sum type (an abstract class T with one subclass per constructor), `T = (fields)` a product
// type (one concrete class), `attributes (...)` the position fields every constructor of the
// type carries. A field is `type name` with `?` (optional) or `*` (a list) after the type.
// Field names and order must agree with NODE_FIELDS in src/parser/ast.ts; loadSchema checks it.

import { NODE_FIELDS } from "../parser/ast";

const PYTHON_ASDL = `
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)

stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass | Break | Continue
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn

comprehension = (expr target, expr iter, expr* ifs, int is_async)

excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)

arg = (identifier arg, expr? annotation, string? type_comment)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

keyword = (identifier? arg, expr value)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

alias = (identifier name, identifier? asname)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)

withitem = (expr context_expr, expr? optional_vars)

match_case = (pattern pattern, expr? guard, stmt* body)

pattern = MatchValue(expr value)
     | MatchSingleton(constant value)
     | MatchSequence(pattern* patterns)
     | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
     | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
     | MatchStar(identifier? name)
     | MatchAs(pattern? pattern, identifier? name)
     | MatchOr(pattern* patterns)
     attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)

type_ignore = TypeIgnore(int lineno, string tag)
`;

/** The four builtin field types of the ASDL; any other type names a sum or product type. */
export type BuiltinType = "identifier" | "string" | "int" | "constant";
export const BUILTIN_TYPES: ReadonlySet<string> = new Set(["identifier", "string", "int", "constant"]);

export interface Field {
  type: string;
  name: string;
  /** `?`: may be None (and may be missing from an object). */
  opt: boolean;
  /** `*`: a list. */
  seq: boolean;
}

/** A class with fields: a constructor of a sum type, or a product type. */
export interface Constructor {
  name: string;
  fields: Field[];
  /** The sum type it belongs to, or null for a product type. */
  sum: SumType | null;
  /** For product types: their own attributes. */
  attributes: Field[];
}

export interface SumType {
  name: string;
  constructors: Constructor[];
  attributes: Field[];
  /** Every constructor is fieldless (operators, contexts): CPython makes them singletons. */
  simple: boolean;
}

export interface Schema {
  sums: Map<string, SumType>;
  products: Map<string, Constructor>;
  /** Every concrete class by name (constructors and products). */
  constructors: Map<string, Constructor>;
  /** Type names in definition order (abstract sums and products), for building the classes. */
  order: string[];
}

function parseFields(text: string): Field[] {
  if (text.trim() === "") return [];
  return text.split(",").map((f) => {
    const m = /^\s*(\w+)([?*]?)\s+(\w+)\s*$/.exec(f);
    if (m === null) throw new Error(`bad ASDL field: ${f}`);
    return { type: m[1], name: m[3], opt: m[2] === "?", seq: m[2] === "*" };
  });
}

function parseAsdl(src: string): Schema {
  const schema: Schema = { sums: new Map(), products: new Map(), constructors: new Map(), order: [] };
  // A definition starts at the beginning of a line; its continuation lines are indented.
  for (const def of src.trim().split(/\n(?=\S)/)) {
    const text = def.replace(/\s*\n\s*/g, " ");
    const eq = text.indexOf("=");
    const name = text.slice(0, eq).trim();
    let body = text.slice(eq + 1).trim();
    let attributes: Field[] = [];
    const ai = body.indexOf(" attributes (");
    if (ai >= 0) {
      attributes = parseFields(body.slice(ai + " attributes (".length, body.lastIndexOf(")")));
      body = body.slice(0, ai).trim();
    }
    schema.order.push(name);
    if (body.startsWith("(")) {
      const ctor: Constructor = { name, fields: parseFields(body.slice(1, -1)), sum: null, attributes };
      schema.products.set(name, ctor);
      schema.constructors.set(name, ctor);
      continue;
    }
    const sum: SumType = { name, constructors: [], attributes, simple: true };
    for (const alt of body.split("|")) {
      const m = /^\s*(\w+)\s*(?:\((.*)\))?\s*$/.exec(alt);
      if (m === null) throw new Error(`bad ASDL constructor: ${alt}`);
      const ctor: Constructor = { name: m[1], fields: parseFields(m[2] ?? ""), sum, attributes: [] };
      if (ctor.fields.length > 0) sum.simple = false;
      sum.constructors.push(ctor);
      schema.constructors.set(ctor.name, ctor);
    }
    schema.sums.set(name, sum);
  }
  return schema;
}

function fieldText(f: Field): string {
  return `${f.type}${f.opt ? "?" : f.seq ? "*" : ""} ${f.name}`;
}

function constructorText(c: Constructor): string {
  return c.fields.length === 0 ? c.name : `${c.name}(${c.fields.map(fieldText).join(", ")})`;
}

/** The class docstring CPython gives each node class (`Name(identifier id, expr_context ctx)`). */
export function docOf(schema: Schema, name: string): string {
  const sum = schema.sums.get(name);
  if (sum !== undefined) {
    if (sum.simple) return `${name} = ${sum.constructors.map((c) => c.name).join(" | ")}`;
    const pad = " ".repeat(name.length + 1);
    return `${name} = ` + sum.constructors.map(constructorText).join(`\n${pad}| `);
  }
  return constructorText(schema.constructors.get(name)!);
}

let cached: Schema | null = null;

/** The parsed schema, checked once against the parser's NODE_FIELDS. */
export function loadSchema(): Schema {
  if (cached !== null) return cached;
  const schema = parseAsdl(PYTHON_ASDL);
  for (const [name, ctor] of schema.constructors) {
    const expected = NODE_FIELDS[name];
    const got = ctor.fields.map((f) => f.name + (f.opt ? "?" : ""));
    if (expected === undefined || expected.join() !== got.join()) {
      throw new Error(`_ast schema and NODE_FIELDS disagree on ${name}`);
    }
  }
  cached = schema;
  return schema;
}
