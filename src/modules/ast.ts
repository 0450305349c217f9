// _ast: the classes of Python's abstract syntax tree, and the two conversions compile() needs:
// Typhon's tree (src/parser/ast.ts: plain objects tagged with `_type`) to Python objects for
// `compile(..., PyCF_ONLY_AST)` / ast.parse, and Python objects back to Typhon's tree for
// `compile(tree, ...)`. The classes are made from the ASDL description in ast_asdl.ts.
//
// As in CPython, the classes are ordinary heap types (instances have a __dict__ holding the
// fields, so `node.foo = 1` works and subclasses are plain classes), `__module__` is 'ast',
// optional fields and attributes default to None through class attributes, and the fieldless
// constructors (Load, Add, ...) have one shared instance that the parser's trees use.

import * as A from "../parser/ast";
import { BuiltinType, Constructor, docOf, Field, loadSchema, Schema, SumType } from "./ast_asdl";
import { validateMod } from "./ast_validate";
import { getAttrOpt, isInstance, repr, setAttr, strValue, toArray, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import * as I from "../objects/intmath";
import { defMethods } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { newClass } from "../objects/pytype";
import {
  boolType, bytesType, complexType, Ellipsis, False, floatType, frozensetType, intType, None, PyBytes, PyComplex,
  PyFloat, PyInstance, PyIntObj, PyList, PyTuple, PyType, PyValue, strType, True, tupleType,
  typeOf, typeType,
} from "../objects/types";
import { defineModule } from "./registry";

export const PyCF_ONLY_AST = 0x400;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

interface AstState {
  schema: Schema;
  base: PyType;
  /** Every class by ASDL name (abstract sums, constructors, products). */
  classes: Map<string, PyType>;
  /** The shared instances of fieldless constructors (Load(), Add(), ...). */
  singletons: Map<string, PyValue>;
  /** Each concrete class made here -> its constructor (the fast path of obj2ast). */
  ctorOfClass: Map<PyType, Constructor>;
}

let state: AstState | null = null;

function tuple(names: string[]): PyTuple {
  return new PyTuple(names);
}

/** Makes one class: `ns` entries are set in CPython's order (_fields, __match_args__, ...). */
function makeClass(name: string, base: PyType | null, fields: string[], doc: PyValue,
                   attributes: Field[] | null, optional: string[]): PyType {
  const ns = new PyDict();
  ns.set("_fields", tuple(fields));
  ns.set("__match_args__", tuple(fields));
  ns.set("__module__", "ast");
  ns.set("__doc__", doc);
  if (attributes !== null) ns.set("_attributes", tuple(attributes.map((f) => f.name)));
  for (const n of optional) ns.set(n, None);
  return newClass(typeType, name, base === null ? [] : [base], ns, null);
}

function optionalNames(fields: Field[]): string[] {
  return fields.filter((f) => f.opt).map((f) => f.name);
}

/** Builds the classes once per process (compile() may need them before `import _ast`). */
function astState(): AstState {
  if (state !== null) return state;
  const schema = loadSchema();
  const base = makeClass("AST", null, [], None, [], []);
  defMethods(base, { __init__: astInit, __reduce__: astReduce });
  const classes = new Map<string, PyType>([["AST", base]]);
  const singletons = new Map<string, PyValue>();
  for (const name of schema.order) {
    const sum = schema.sums.get(name);
    if (sum === undefined) {
      const p = schema.products.get(name)!;
      classes.set(name, makeClass(name, base, p.fields.map((f) => f.name), docOf(schema, name), p.attributes,
        [...optionalNames(p.fields), ...optionalNames(p.attributes)]));
      continue;
    }
    const abstract = makeClass(name, base, [], docOf(schema, name), sum.attributes, optionalNames(sum.attributes));
    classes.set(name, abstract);
    for (const c of sum.constructors) {
      const cls = makeClass(c.name, abstract, c.fields.map((f) => f.name), docOf(schema, c.name), null,
        optionalNames(c.fields));
      classes.set(c.name, cls);
      if (sum.simple) {
        const inst = new PyInstance(cls);
        inst.dict = new PyDict();
        singletons.set(c.name, inst);
      }
    }
  }
  const ctorOfClass = new Map<PyType, Constructor>();
  for (const [name, c] of schema.constructors) ctorOfClass.set(classes.get(name)!, c);
  state = { schema, base, classes, singletons, ctorOfClass };
  return state;
}

// ---- AST.__init__ and __reduce__ ----------------------------------------------------------------

/**
 * AST.__init__(*args, **kwargs): positional arguments fill `_fields` in order, keywords set
 * any attribute. Messages are CPython 3.11's.
 */
function astInit(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const self = args[0];
  const cls = typeOf(self);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  const fieldsObj = getAttrOpt(cls, "_fields");
  const fields: PyValue[] = fieldsObj === undefined ? [] : toList(fieldsObj);
  if (npos > fields.length) {
    typeError(`${cls.name} constructor takes at most ${fields.length} positional argument${fields.length === 1 ? "" : "s"}`);
  }
  for (let i = 0; i < npos; i++) {
    const name = strValue(fields[i]);
    if (name === undefined) typeError(`attribute name must be string, not '${typeName(fields[i])}'`);
    setAttr(self, name, args[1 + i]);
  }
  for (let k = 0; k < nkw; k++) {
    const key = kwnames![k];
    const pos = fields.findIndex((f) => strValue(f) === key);
    if (pos >= 0 && pos < npos) typeError(`${cls.name} got multiple values for argument '${key}'`);
    setAttr(self, key, args[1 + npos + k]);
  }
  return None;
}

/** `_fields` is a tuple in every class made here; a user's subclass may give any sequence. */
function toList(v: PyValue): PyValue[] {
  if (v instanceof PyTuple || v instanceof PyList) return [...v.items];
  return toArray(v);
}

/** AST.__reduce__: (type(self), (), self.__dict__), as CPython (for pickle and copy). */
function astReduce(args: PyValue[]): PyValue {
  const self = args[0];
  const d = getAttrOpt(self, "__dict__");
  if (d === undefined) return new PyTuple([typeOf(self), new PyTuple([])]);
  return new PyTuple([typeOf(self), new PyTuple([]), d]);
}

// ---- Typhon's tree -> Python objects ------------------------------------------------------------

/** A parsed tree as Python AST objects (what `compile(..., PyCF_ONLY_AST)` returns). */
export function astToPy(tree: A.mod): PyValue {
  const st = astState();
  return nodeToPy(st, tree as unknown as Record<string, unknown>);
}

const POSITION = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

function nodeToPy(st: AstState, node: Record<string, unknown>): PyValue {
  const type = node._type as string;
  const ctor = st.schema.constructors.get(type)!;
  const inst = new PyInstance(st.classes.get(type)!);
  const d = new PyDict();
  inst.dict = d;
  for (const f of ctor.fields) d.set(f.name, valueToPy(st, node[f.name], f));
  const attrs = ctor.sum !== null ? ctor.sum.attributes : ctor.attributes;
  for (const a of attrs) {
    const v = node[a.name];
    if (typeof v === "number") d.set(a.name, v);
    else if (POSITION.includes(a.name)) d.set(a.name, None);
  }
  return inst;
}

function valueToPy(st: AstState, v: unknown, f: Field): PyValue {
  if (f.seq) return new PyList((v as unknown[]).map((x) => oneToPy(st, x, f.type)));
  return oneToPy(st, v, f.type);
}

function oneToPy(st: AstState, v: unknown, type: string): PyValue {
  if (type === "constant") return constantToPy(v as A.ConstantValue);
  if (v === null || v === undefined) return None;
  switch (type) {
    case "identifier": case "string": return v as string;
    case "int": return typeof v === "bigint" ? I.normalize(v) : v as number;
  }
  if (typeof v === "string") return st.singletons.get(v)!;
  return nodeToPy(st, v as Record<string, unknown>);
}

export function constantToPy(v: A.ConstantValue): PyValue {
  if (v === null) return None;
  if (v === true) return True;
  if (v === false) return False;
  if (typeof v === "bigint") return I.normalize(v);
  if (typeof v === "string") return v;
  if (v instanceof A.FloatConst) return new PyFloat(v.value);
  if (v instanceof A.ComplexConst) return new PyComplex(0, v.imag);
  if (v instanceof A.BytesConst) return new PyBytes(v.value);
  return Ellipsis;
}

// ---- Python objects -> Typhon's tree (obj2ast) --------------------------------------------------

export function isAstObject(v: PyValue): boolean {
  return state !== null && isInstance(v, state.base);
}

const MODE_TYPES: Record<string, string> = { exec: "Module", eval: "Expression", single: "Interactive", func_type: "FunctionType" };

/**
 * compile(tree, ...): checks that `obj` is the node the mode wants, converts it, and checks it
 * as CPython's PyAST_Validate does. Raises the TypeError/ValueError CPython raises.
 */
export function pyToAst(obj: PyValue, mode: string): A.mod {
  const st = astState();
  const want = MODE_TYPES[mode];
  if (!isInstance(obj, st.classes.get(want)!)) typeError(`expected ${want} node, got ${typeName(obj)}`);
  const tree = new ObjToAst(st).sum(obj, st.schema.sums.get("mod")!) as A.mod;
  validateMod(tree);
  return tree;
}

class ObjToAst {
  constructor(private st: AstState) {}

  /** One value of an ASDL sum type: null for None (the caller decides if that is allowed). */
  sum(obj: PyValue, sum: SumType): unknown {
    if (sum.simple) {
      const exact = this.exact(obj, sum);
      if (exact !== null) return exact.name;
      for (const c of sum.constructors) if (isInstance(obj, this.st.classes.get(c.name)!)) return c.name;
      typeError(`expected some sort of ${sum.name}, but got ${repr(obj)}`);
    }
    if (obj === None) return null;
    // Attributes are read before the constructor is known (CPython's order, so a non-node
    // gets "required field "lineno" missing from stmt"). Every sum with attributes has the
    // four position fields.
    const pos: Record<string, unknown> = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
    for (const a of sum.attributes) pos[a.name] = this.field(obj, a, sum.name, pos);
    const exact = this.exact(obj, sum);
    const ctor = exact ?? sum.constructors.find((c) => isInstance(obj, this.st.classes.get(c.name)!));
    if (ctor !== undefined) {
      const out: Record<string, unknown> = { _type: ctor.name };
      for (const f of ctor.fields) out[f.name] = this.field(obj, f, ctor.name, out);
      if (sum.attributes.length > 0) {
        out.lineno = pos.lineno;
        out.col_offset = pos.col_offset;
        out.end_lineno = pos.end_lineno;
        out.end_col_offset = pos.end_col_offset;
      }
      return ctor.name === "Constant" ? desugarConstant(out) : out;
    }
    typeError(`expected some sort of ${sum.name}, but got ${repr(obj)}`);
  }

  /** The constructor of `obj` when its class is exactly one made here for `sum`. */
  private exact(obj: PyValue, sum: SumType): Constructor | null {
    if (!(obj instanceof PyInstance)) return null;
    const c = this.st.ctorOfClass.get(obj.cls);
    return c !== undefined && c.sum === sum ? c : null;
  }

  product(obj: PyValue, p: Constructor): unknown {
    const out: Record<string, unknown> = { _type: p.name };
    for (const f of p.fields) out[f.name] = this.field(obj, f, p.name, out);
    for (const a of p.attributes) out[a.name] = this.field(obj, a, p.name, out);
    return out;
  }

  /** Reads field `f` of `obj` (the node being built so far is `built`, for defaults). */
  field(obj: PyValue, f: Field, owner: string, built: Record<string, unknown>): unknown {
    // Instances of the classes made here keep fields in their __dict__ (no descriptors shadow
    // them); anything else goes through getattr.
    let v = obj instanceof PyInstance && obj.dict !== null && this.st.ctorOfClass.has(obj.cls) ? obj.dict.getStr(f.name) : undefined;
    if (v === undefined) v = getAttrOpt(obj, f.name);
    if (v === undefined || (f.opt && v === None)) {
      if (!f.opt) typeError(`required field "${f.name}" missing from ${owner}`);
      // end_lineno/end_col_offset default to the start position (CPython 3.11 does the same).
      if (f.name === "end_lineno") return built.lineno;
      if (f.name === "end_col_offset") return built.col_offset;
      return f.type === "int" ? 0 : null;
    }
    if (f.seq) {
      if (!(v instanceof PyList)) typeError(`${owner} field "${f.name}" must be a list, not a ${typeName(v)}`);
      return [...v.items].map((x) => this.one(x, f.type));
    }
    const r = this.one(v, f.type);
    if (r === null && !f.opt && f.type !== "constant") raiseError(E.ValueError, `field '${f.name}' is required for ${owner}`);
    return r;
  }

  one(v: PyValue, type: string): unknown {
    const sum = this.st.schema.sums.get(type);
    if (sum !== undefined) return this.sum(v, sum);
    const product = this.st.schema.products.get(type);
    if (product !== undefined) return this.product(v, product);
    switch (type as BuiltinType) {
      case "identifier": {
        if (v === None) return null;
        if (typeof v !== "string") typeError("AST identifier must be of type str");
        return v;
      }
      case "string": {
        if (v === None) return null;
        // CPython also takes bytes here (Constant.kind, type_comment): only the text matters.
        if (v instanceof PyBytes && typeOf(v) === bytesType) return Buffer.from(v.data).toString("latin1");
        if (typeof v !== "string") typeError("AST string must be of type str");
        return v;
      }
      case "int": return intField(v);
      case "constant": return constantFromPy(v);
    }
  }
}

function intField(v: PyValue): number {
  let n: I.PyInt | undefined;
  if (typeof v === "number" || typeof v === "bigint") n = v;
  else if (v instanceof PyIntObj) n = v.value;
  if (n === undefined) raiseError(E.ValueError, `invalid integer value: ${repr(v)}`);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    raiseError(E.OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

/** A marker for Constant values Typhon's tree cannot hold directly (tuples, real+imag complex). */
class Composite {
  constructor(public value: PyValue) {}
}

/** CPython's validate_constant: exact builtin types only, tuples and frozensets of them. */
function constantFromPy(v: PyValue): A.ConstantValue | Composite {
  if (v === None) return null;
  if (v === True) return true;
  if (v === False) return false;
  if (v === Ellipsis) return A.EllipsisConst;
  if (typeof v === "number" || typeof v === "bigint") return BigInt(v);
  if (typeof v === "string") return v;
  const t = typeOf(v);
  if (t === floatType) return new A.FloatConst((v as PyFloat).value);
  if (t === bytesType) return new A.BytesConst((v as PyBytes).data.slice());
  if (t === complexType) {
    const c = v as PyComplex;
    return c.real === 0 && !Object.is(c.real, -0) ? new A.ComplexConst(c.imag) : new Composite(v);
  }
  if (t === tupleType || t === frozensetType) {
    const items = t === tupleType ? (v as PyTuple).items : toArray(v);
    for (const x of items) constantFromPy(x);
    return new Composite(v);
  }
  if (t === intType || t === strType || t === boolType) return null; // unreachable: exact ones are JS values
  typeError(`got an invalid type in Constant: ${t.name}`);
}

/**
 * Typhon's tree has no tuple or general complex constants: a Constant holding one becomes the
 * equivalent expression (a Tuple of Constants; real + imag). The folder turns a constant tuple
 * back into one constant. frozenset constants (only made by AST optimizers) are not supported.
 */
function desugarConstant(node: Record<string, unknown>): Record<string, unknown> {
  const v = node.value;
  if (!(v instanceof Composite)) return node;
  const pos = { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
  const one = (x: PyValue): Record<string, unknown> =>
    desugarConstant({ _type: "Constant", value: constantFromPy(x), kind: null, ...pos });
  const pv = v.value;
  if (pv instanceof PyComplex) {
    // r + ij is exact unless r is -0.0 (-0.0 + 0.0 is 0.0); then -(0 - ij) gives (-0.0, i).
    if (Object.is(pv.real, -0)) return { _type: "UnaryOp", op: "USub", operand: one(new PyComplex(0, -pv.imag)), ...pos };
    return { _type: "BinOp", left: one(new PyFloat(pv.real)), op: "Add", right: one(new PyComplex(0, pv.imag)), ...pos };
  }
  if (pv instanceof PyTuple) return { _type: "Tuple", elts: pv.items.map(one), ctx: "Load", ...pos };
  raiseError(E.NotImplementedError, "Typhon cannot compile a frozenset Constant");
}

// ---- the module ---------------------------------------------------------------------------------

defineModule("_ast", (dict) => {
  const st = astState();
  for (const [name, cls] of st.classes) dict.set(name, cls);
  dict.set("PyCF_ONLY_AST", PyCF_ONLY_AST);
  dict.set("PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS);
  dict.set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT);
});
