// Start-up and the top level: builds the object world (bootstrap), runs a program as
// __main__, and provides exec/eval/compile and the import of .py modules (the full import
// system is issue 5; this finds modules beside the script and in sys.path).

import { finalizeAll } from "../objects/finalize";
import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join, resolve } from "path";
import { CodeFlag, CodeObject } from "../bytecode/code";
import { compile } from "../compiler";
import { parse, parseBytes, PySyntaxError, decodeSource, sourceCodecs } from "../parser";
import {
  call, getAttr, getAttrOpt, hooks, isInstance, repr, str, strValue, toArray, typeName, intValue, callDescr, getIter, iterNext, PyIter,
  setItem, richEqBool,
} from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, newException, raiseError, typeError, toPyException } from "../objects/exceptions";
import { parseArgs } from "../objects/native";
import { initExceptions, splitGroup, matcher } from "../objects/pyexc";
import { initFunctions, setRuntimeConstsHook } from "../objects/pyfunction";
import { initTypeAndObject, setKeyErrorHook } from "../objects/pytype";
import { PyDict } from "../objects/pydict";
import {
  None, functionType, PyBuiltinFunction, PyBytes, PyCell, PyCode, PyFunction, PyList, PyModule, PyObject, PyTuple, PyType, PyValue, True, False, typeOf, iteratorTypes, bool, moduleType,
} from "../objects/types";
import { TypeFlag } from "../objects/object";
import { builtinsDict, builtinsModule, initBuiltins, localsOf, sysHooks } from "../modules/builtins";
import { flushStd, flushStdout as flushStdStreams, initSysIO, stderr, stdin, stdout, sysStreams, writeTo } from "../modules/sysio";
import { adjustDepth, callFunction, depth, excStack, makeFrame, makeFunction, pyCodeOf, run, runtimeConsts, setRecursionLimit, recursionLimit, topFrame } from "./eval";
import { Frame } from "./frame";
import { initGenerators } from "./gen";
import { runtime } from "./runtime";
import { runMainThread } from "./threads";
import { formatException, registerSource } from "./traceback";
import { defGetSet, defMethods, defNew } from "../objects/native";
import { bootstrapContainers } from "../objects/bootstrap";
import { initSets } from "../objects/pyset";
import { classHooks, nativeBase } from "../objects/pytype";
import { initInt, installNumberRuntime } from "../objects/pyint";
import { initFloat } from "../objects/pyfloat";
import { initComplex } from "../objects/pycomplex";
import { initStr, installStrRuntime } from "../objects/pystr";
import { initBytes } from "../objects/pybytes";
import "../modules/index";
import { initFrameObjects } from "./frameobj";
import { cachedCompile } from "./codecache";
import { runAtexit } from "../modules/gc";
import { defaultSysOptions, displayHook, finishSys, makeSys, SysOptions, SYS_TYPES, sysDict, sysModule, sysModules } from "../modules/sys";
import {
  findStdlib, moduleRepr, importBuiltin, importFrom, importHooks, importModuleLevel, importName, importStar, installImportlib,
  setBuiltinImport,
} from "./import";
import { directCaller, drive, Steps } from "./steps";
import { createNativeModule, isNativeModule, nativeModuleNames } from "../modules/registry";
import { astToPy, isAstObject, pyToAst, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS } from "../modules/ast";

export { sysModules, sysModule } from "../modules/sys";


let booted = false;

export function bootstrap(argv: string[]): void {
  if (booted) return;
  booted = true;
  hooks.callFunction = callFunction;
  hooks.enterRecursiveCall = (where) => {
    if (depth >= recursionLimit) raiseError(E.RecursionError, `maximum recursion depth exceeded${where}`);
    adjustDepth(1);
  };
  hooks.leaveRecursiveCall = () => adjustDepth(-1);
  setRuntimeConstsHook(runtimeConsts);
  setKeyErrorHook((k) => {
    const e = newException(E.KeyError, null);
    e.args = new PyTuple([k]);
    return e;
  });
  initTypeAndObject();
  initFunctions();
  initExceptions();
  initGenerators();
  initInt();
  initFloat();
  initComplex();
  installNumberRuntime();
  bootstrapContainers();
  initSets();
  initStr();
  initBytes();
  installStrRuntime();
  initSysIO();
  initBuiltins();
  initFrameObjects();
  initModuleType();
  initFunctionNew();
  initSys(argv);
  installRuntime();
  initSiteObjects();
}

/** What CPython's site module and sys provide as Python objects: exit/quit, sys.version_info, sys.implementation. */
const SITE_SOURCE = `
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
`;

/** The code-cache identity of a source built into the bundle (the cache key has the bundle's identity). */
const BUNDLE_SOURCE = "bundle";

function initSiteObjects(): void {
  const g = new PyDict();
  g.set("__name__", "_sitebuiltins");
  runCode(compileSource(SITE_SOURCE, "<frozen _sitebuiltins>", "exec", 0, BUNDLE_SOURCE), g);
  builtinsDict.set("exit", g.getStr("exit")!);
  builtinsDict.set("quit", g.getStr("quit")!);
  const sg = new PyDict();
  sg.set("__name__", "sys");
  runCode(compileSource(SYS_TYPES, "<frozen sys>", "exec", 0, BUNDLE_SOURCE), sg);
  finishSys(sg, sysOptions);
}

/** The builtins namespace a function or frame running in `globals` gets (_PyEval_BuiltinsFromGlobals). */
function builtinsFor(globals: PyDict): PyDict {
  const b = globals.getStr("__builtins__");
  if (b instanceof PyDict) return b;
  if (b instanceof PyModule && b.dict !== null) return b.dict;
  return builtinsDict;
}

/** types.FunctionType(code, globals, name=None, argdefs=None, closure=None) (func_new). */
function initFunctionNew(): void {
  defNew(functionType, (args, kw) => {
    const [code, globals, name, argdefs, closure] =
      parseArgs("function", args.slice(1), kw, ["code", "globals", "name", "argdefs", "closure"], 2, 5);
    if (!(code instanceof PyCode)) typeError(`function() argument 'code' must be code, not ${typeName(code!)}`);
    if (!(globals instanceof PyDict)) typeError(`function() argument 'globals' must be dict, not ${typeName(globals!)}`);
    if (name !== undefined && name !== None && strValue(name) === undefined) typeError("arg 3 (name) must be None or string");
    if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) typeError("arg 4 (defaults) must be None or tuple");
    const nfree = code.code.freevars.length;
    let cells: PyCell[] | null = null;
    if (closure !== undefined && closure !== None) {
      if (!(closure instanceof PyTuple)) typeError("arg 5 (closure) must be tuple");
      for (const c of closure.items) if (!(c instanceof PyCell)) typeError(`arg 5 (closure) expected cell, found ${typeName(c)}`);
      cells = closure.items.slice() as PyCell[];
    }
    if (nfree !== (cells?.length ?? 0)) {
      if (cells === null) typeError("arg 5 (closure) must be tuple");
      raiseError(E.ValueError, `${code.code.name} requires closure of length ${nfree}, not ${cells.length}`);
    }
    const f = makeFunction(code, globals, builtinsFor(globals), 0, []);
    if (name !== undefined && name !== None) f.name = strValue(name)!;
    if (argdefs instanceof PyTuple) f.defaults = argdefs.items.slice();
    f.closure = cells;
    return f;
  });
}

function initModuleType(): void {
  moduleType.flags |= TypeFlag.HAS_DICT;
  defNew(moduleType, (args) => {
    const m = new PyModule("?", new PyDict(), args[0] as PyType);
    return m;
  });
  moduleType.nativeNew = (cls) => new PyModule("?", new PyDict(), cls);
  defMethods(moduleType, {
    __init__(args, kw) {
      const [name, doc] = parseArgs("module", args.slice(1), kw, ["name", "doc"], 1);
      const m = args[0] as PyModule;
      m.name = strValue(name!) ?? "?";
      m.dict!.set("__name__", name!);
      m.dict!.set("__doc__", doc ?? None);
      m.dict!.set("__package__", None);
      m.dict!.set("__loader__", None);
      m.dict!.set("__spec__", None);
      return None;
    },
    __repr__(args) {
      const m = args[0] as PyModule;
      const viaImportlib = moduleRepr(m);
      if (viaImportlib !== null) return viaImportlib;
      const name = m.dict!.getStr("__name__");
      const file = m.dict!.getStr("__file__");
      const n = name === undefined ? "?" : str(name);
      if (file !== undefined) return `<module '${n}' from '${str(file)}'>`;
      if (n === "builtins" || n === "sys" || isNativeModule(n)) return `<module '${n}' (built-in)>`;
      return `<module '${n}'>`;
    },
    __dir__: (args) => {
      // module_dir: the module's __dict__ attribute (a subclass may make it a property).
      const d = getAttr(args[0], "__dict__");
      if (!(d instanceof PyDict)) typeError("<module>.__dict__ is not a dictionary");
      const custom = d.getStr("__dir__");
      if (custom !== undefined) return call(custom, []);
      return new PyList(d.keyList());
    },
  });
  defGetSet(moduleType, "__dict__", (m) => (m as PyObject).dict!);
}

function initSys(argv: string[]): void {
  sysOptions = defaultSysOptions(argv);
  makeSys(sysOptions);
  sysDict.set("stdin", stdin);
  sysDict.set("__stdin__", stdin);
  sysStreams.get = (name) => sysDict.getStr(name) ?? None;
  sysModules.set("sys", sysModule);
  sysModules.set("builtins", builtinsModule);
  sysHooks.getStdout = () => sysDict.getStr("stdout") ?? None;
  sysHooks.getStderr = () => sysDict.getStr("stderr") ?? None;
  sysHooks.importHook = importBuiltin;
}

let sysOptions: SysOptions;


// ---- compiling and running code ---------------------------------------------------------------

export function syntaxErrorToPy(e: PySyntaxError): PyBaseException {
  const t = E.excTypes[e.kind] ?? E.SyntaxError;
  if (e.info === "none") return call(t, [e.msg]) as PyBaseException;
  const info = [e.filename ?? None, e.lineno ?? None, e.offset ?? None, e.text ?? None];
  if (e.info === "full") info.push(e.endLineno ?? None, e.endOffset ?? None);
  return call(t, [e.msg, new PyTuple(info)]) as PyBaseException;
}

/** Decodes source bytes (BOM, coding cookie), raising CPython's SyntaxError for a bad encoding. */
export function decodeSourceBytes(data: Uint8Array, filename: string): string {
  try {
    return decodeSource(data, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
    throw e;
  }
}

/** Compiles source (through the code cache; `identity`: see vm/codecache.ts), raising Python's SyntaxError. */
export function compileSource(source: string, filename: string, mode: "exec" | "eval" | "single", flags = 0,
                              identity?: string): CodeObject {
  try {
    return cachedCompile(source, filename, mode, flags, () => {
      const tree = parse(source, { filename, mode: mode === "single" ? "single" : mode });
      return compile(tree, filename, { mode, source, flags });
    }, identity);
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
    throw e;
  }
}

/**
 * Runs a code object as a module body in `globals` (locals = globals unless given); `asMain`:
 * as the main thread's base run (the __main__ module), which lets main switch green threads in place.
 */
export function runCode(code: CodeObject, globals: PyDict, locals: PyValue | null = null, asMain = false,
                        closure: readonly PyValue[] | null = null): PyValue {
  // The builtins are the globals' __builtins__ (a module's namespace, or a dict) as in
  // _PyEval_BuiltinsFromGlobals; other values fall back to the builtins module.
  let builtins = builtinsDict;
  const b = globals.getStr("__builtins__");
  if (b === undefined) globals.set("__builtins__", builtinsModuleValue());
  else builtins = builtinsFor(globals);
  const frame = new Frame(code, null, globals, builtins, locals ?? globals, runtimeConsts(code));
  if (closure !== null) {
    // exec(code, closure=cells): the cells fill the free-variable slots, as a function call would.
    const base = code.localsplusnames.length - closure.length;
    for (let i = 0; i < closure.length; i++) frame.fast[base + i] = closure[i];
  }
  return asMain ? runMainThread(frame) : run(frame);
}

function builtinsModuleValue(): PyValue {
  return sysModules.getStr("builtins")!;
}

/** exec(source|code, globals=None, locals=None) / eval(...) */
function execEval(mode: "exec" | "eval", args: PyValue[], kw: readonly string[] | null): PyValue {
  // exec's keyword-only closure= (3.11).
  let closureArg: PyValue | undefined;
  if (mode === "exec" && kw !== null && kw.includes("closure")) {
    const at = args.length - kw.length + kw.indexOf("closure");
    closureArg = args[at];
    args = args.filter((_, i) => i !== at);
    kw = kw.filter((k) => k !== "closure");
  }
  const [src, g, l] = parseArgs(mode, args, kw, ["source", "globals", "locals"], 1, 3);
  const caller = topFrame;
  let globals: PyDict;
  let locals: PyValue | null;
  if (g === undefined || g === None) {
    if (caller === null) typeError(`${mode}() requires globals`);
    globals = caller.globals;
    locals = l === undefined || l === None ? (caller.locals ?? localsDict(caller)) : l;
  } else {
    if (!(g instanceof PyDict)) {
      typeError(mode === "exec" ? `exec() globals must be a dict, not ${typeName(g)}` : `globals must be a real dict; try eval(expr, {}, mapping)`);
    }
    globals = g;
    locals = l === undefined || l === None ? g : l;
  }
  if (locals !== null && typeOf(locals).lookup("__getitem__") === undefined) {
    typeError(`locals must be a mapping`);
  }
  let code: CodeObject;
  if (src instanceof PyCode) code = src.code;
  else {
    let text = strValue(src!);
    if (text === undefined) {
      if (src instanceof PyBytes) text = decodeSourceBytes(src.data, "<string>");
      else typeError(`${mode}() arg 1 must be a string, bytes or code object`);
    }
    if (mode === "eval") text = text.replace(/^[ \t]+/, "");
    code = compileSource(text, "<string>", mode, caller?.code.flags ?? 0);
  }
  let closure: PyValue[] | null = null;
  if (mode === "exec") {
    const nfree = code.freevars.length;
    const given = closureArg !== undefined && closureArg !== None;
    if (given && !(src instanceof PyCode)) typeError("closure can only be used when source is a code object");
    if (nfree === 0) {
      if (given) typeError("cannot use a closure with this code object");
    } else {
      if (!(closureArg instanceof PyTuple) || closureArg.items.length !== nfree || !closureArg.items.every((c) => c instanceof PyCell)) {
        typeError(`code object requires a closure of exactly length ${nfree}`);
      }
      closure = closureArg.items.slice();
    }
  }
  // The builtins are the globals' __builtins__, as runCode finds them.
  let builtins = builtinsDict;
  if (globals.getStr("__builtins__") === undefined) globals.set("__builtins__", builtinsModuleValue());
  else builtins = builtinsFor(globals);
  const frame = new Frame(code, null, globals, builtins, locals ?? globals, runtimeConsts(code));
  if (closure !== null) {
    // exec(code, closure=cells): the cells fill the free-variable slots, as a function call would.
    const base = code.localsplusnames.length - closure.length;
    for (let i = 0; i < closure.length; i++) frame.fast[base + i] = closure[i];
  }
  // Called by Python code directly, the code runs as a frame of the caller's loop (vm/steps.ts);
  // a generator's code makes a generator on its first instruction, which only an entry frame returns.
  const pushOn = (code.flags & GEN_CODE) !== 0 ? null : directCaller(mode === "exec" ? execFunction : evalFunction, args);
  return drive(execSteps(mode, frame), pushOn);
}

const GEN_CODE = CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR;

function* execSteps(mode: "exec" | "eval", frame: Frame): Steps {
  const r = yield frame;
  return mode === "eval" ? r : None;
}

/** The builtins exec and eval (whose calls execEval recognises as direct ones). */
let execFunction: PyValue = None;
let evalFunction: PyValue = None;

function localsDict(f: Frame): PyValue {
  return localsOf(f);
}

// compile() flags it accepts (CPython's PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK): the
// CO_FUTURE_* bits, CO_NESTED, and PyCF_DONT_IMPLY_DEDENT/ONLY_AST/TYPE_COMMENTS/
// ALLOW_TOP_LEVEL_AWAIT/ALLOW_INCOMPLETE_INPUT.
const COMPILE_FLAGS_ALLOWED = 0x1fe0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;

function compileBuiltin(args: PyValue[], kw: readonly string[] | null): PyValue {
  const [src, filename, mode, flags, dontInherit, optimize] = parseArgs("compile", args, kw,
    ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
  void dontInherit;
  const fl = flags === undefined ? 0 : Number(intValue(flags) ?? 0);
  if (fl & ~COMPILE_FLAGS_ALLOWED) raiseError(E.ValueError, "compile(): unrecognised flags");
  const opt = optimize === undefined ? -1 : Number(intValue(optimize) ?? -1);
  if (opt < -1 || opt > 2) raiseError(E.ValueError, "compile(): invalid optimize value");
  const onlyAst = (fl & PyCF_ONLY_AST) !== 0;
  const m = strValue(mode!);
  if (m === "func_type") {
    if (!onlyAst) raiseError(E.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else if (m !== "exec" && m !== "eval" && m !== "single") {
    raiseError(E.ValueError, onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
      : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const fname = strValue(filename!) ?? (filename instanceof PyBytes ? Buffer.from(filename.data).toString() : "?");
  if (isAstObject(src!)) {
    // An AST object: returned as is for PyCF_ONLY_AST, else checked, converted and compiled.
    if (onlyAst) return src!;
    const tree = pyToAst(src!, m);
    try {
      return pyCodeOf(compile(tree, fname, { mode: m as "exec" | "eval" | "single", flags: fl, optimize: Math.max(opt, 0) }));
    } catch (e) {
      if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
      throw e;
    }
  }
  let text = strValue(src!);
  if (text === undefined) {
    // Any bytes-like object (bytearray, memoryview...) is source bytes.
    const data = src instanceof PyBytes ? src.data : runtime.bytesData(src!);
    if (data !== null) text = decodeSourceBytes(data, fname);
    else typeError("compile() arg 1 must be a string, bytes or AST object");
  }
  if (onlyAst) {
    // type_comments=True keeps `# type:` comments in the tree (the parser supports them).
    try {
      return astToPy(parse(text, { filename: fname, mode: m, typeComments: (fl & PyCF_TYPE_COMMENTS) !== 0 }));
    } catch (e) {
      if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
      throw e;
    }
  }
  return pyCodeOf(compileSource(text, fname, m as "exec" | "eval" | "single", fl));
}

// ---- remaining runtime services --------------------------------------------------------------------

function installRuntime(): void {
  // type(name, bases, ns) takes __module__ from the calling frame's globals, as CPython does.
  classHooks.callerModule = () => topFrame?.globals.getStr("__name__") ?? null;
  runtime.importName = importName;
  runtime.importFrom = importFrom;
  runtime.importStar = importStar;
  setBuiltinImport(builtinsDict.getStr("__import__")!);
  importHooks.compileSource = (source, filename, identity) => compileSource(source, filename, "exec", 0, identity);
  importHooks.runCode = (code, globals) => runCode(code, globals);
  importHooks.registerSource = registerSource;
  importHooks.decodeSource = decodeSourceBytes;
  runtime.execEval = execEval;
  execFunction = builtinsDict.getStr("exec")!;
  evalFunction = builtinsDict.getStr("eval")!;
  runtime.compileBuiltin = compileBuiltin;
  runtime.exceptionGroupMatch = (eg, t) => {
    if (eg === None) return [None, None];
    const m = matcher(t);
    if (eg instanceof PyBaseException && !isInstance(eg, E.BaseExceptionGroup) && m(eg)) {
      // A naked exception matched by except*: wrap it in an ExceptionGroup.
      const g = call(E.ExceptionGroup, ["", new PyTuple([eg])]) as PyBaseException;
      g.traceback = eg.traceback;
      excStack[excStack.length - 1] = g;
      return [g, None];
    }
    const [match, rest] = splitGroup(eg as PyBaseException, m);
    // Like CPython's CHECK_EG_MATCH: the matched part becomes the exception being handled.
    if (match !== None) excStack[excStack.length - 1] = match;
    return [match, rest];
  };
  runtime.prepReraiseStar = (orig, excs) => prepReraiseStar(orig, excs);
  // PRINT_EXPR (compile mode 'single', the interactive prompt) calls sys.displayhook.
  runtime.displayHook = (v) => {
    const hook = sysDict.getStr("displayhook");
    if (hook === undefined) raiseError(E.RuntimeError, "lost sys.displayhook");
    if (hook === sysDict.getStr("__displayhook__")) displayHook(v);
    else call(hook, [v]);
  };
  runtime.matchClass = matchClass;
  runtime.matchKeys = matchKeys;
}

/** PREP_RERAISE_STAR: the exceptions raised or re-raised by the except* clauses, merged. */
function prepReraiseStar(orig: PyValue, excs: PyValue[]): PyValue {
  const raised = excs.filter((e) => e !== None) as PyBaseException[];
  if (raised.length === 0) return None;
  if (!(orig instanceof PyBaseException) || !isInstance(orig, E.BaseExceptionGroup)) {
    return raised[0];
  }
  // Re-raised ones keep the original group's structure; new ones are added beside it.
  const reraisedLeaves = new Set<PyValue>();
  const newOnes: PyBaseException[] = [];
  const leavesOf = (e: PyValue, out: Set<PyValue>) => {
    if (e instanceof PyBaseException && isInstance(e, E.BaseExceptionGroup)) {
      for (const x of (e.fields!.exceptions as PyTuple).items) leavesOf(x, out);
    } else out.add(e);
  };
  const origLeaves = new Set<PyValue>();
  leavesOf(orig, origLeaves);
  for (const r of raised) {
    const leaves = new Set<PyValue>();
    leavesOf(r, leaves);
    let isReraise = true;
    for (const l of leaves) if (!origLeaves.has(l)) isReraise = false;
    if (isReraise) for (const l of leaves) reraisedLeaves.add(l);
    else newOnes.push(r);
  }
  const [kept] = reraisedLeaves.size ? splitGroup(orig, (e) => reraisedLeaves.has(e)) : [None];
  const parts: PyValue[] = [...newOnes];
  if (kept !== None) parts.push(kept);
  if (parts.length === 1 && newOnes.length === 0) return parts[0];
  if (parts.length === 1) return parts[0];
  return call(E.BaseExceptionGroup, ["", new PyList(parts)]);
}

function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwnames: string[]): PyValue {
  if (!(cls instanceof PyType)) typeError("called match pattern must be a type");
  if (!isInstance(subject, cls)) return None;
  const out: PyValue[] = [];
  const seen = new Set<string>();
  if (nargs > 0) {
    const ma = getAttrOpt(cls, "__match_args__");
    const selfMatch = cls.flags & (TypeFlag.INT_SUBCLASS | TypeFlag.STR_SUBCLASS | TypeFlag.LIST_SUBCLASS |
      TypeFlag.TUPLE_SUBCLASS | TypeFlag.DICT_SUBCLASS) || ["float", "bool", "bytes", "bytearray", "set", "frozenset", "complex"].includes(nativeBase(cls).name);
    if (ma === undefined) {
      if (!selfMatch) typeError(`${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`);
      if (nargs > 1) typeError(`${cls.name}() accepts 1 positional sub-pattern (${nargs} given)`);
      out.push(subject);
    } else {
      if (!(ma instanceof PyTuple)) typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
      if (nargs > ma.items.length) {
        typeError(`${cls.name}() accepts ${ma.items.length} positional sub-pattern${ma.items.length === 1 ? "" : "s"} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const n = strValue(ma.items[i]);
        if (n === undefined) typeError(`__match_args__ elements must be strings (got ${typeName(ma.items[i])})`);
        if (seen.has(n)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${n}'`);
        seen.add(n);
        const v = getAttrOpt(subject, n);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const n of kwnames) {
    if (seen.has(n)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${n}'`);
    seen.add(n);
    const v = getAttrOpt(subject, n);
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(out);
}

function matchKeys(subject: PyValue, keys: readonly PyValue[]): PyValue {
  if (keys.length === 0) return new PyTuple([]);
  const get = getAttr(subject, "get");
  const dummy = new PyObject(E.BaseException);
  const out: PyValue[] = [];
  const seen: PyValue[] = [];
  for (const k of keys) {
    for (const s of seen) {
      if (richEqBool(s, k)) {
        raiseError(E.ValueError, `mapping pattern checks duplicate key (${repr(k)})`);
      }
    }
    seen.push(k);
    const v = call(get, [k, dummy]);
    if (v === dummy) return None;
    out.push(v);
  }
  return new PyTuple(out);
}

// ---- the main program ------------------------------------------------------------------------------

/** Prints an uncaught exception like sys.excepthook and returns the exit status. */
export function reportUncaught(e: unknown): number {
  const exc = toPyException(e);
  if (isInstance(exc, E.SystemExit)) return systemExitStatus(exc);
  printException(exc);
  return 1;
}

/** Prints an exception (SystemExit too) with sys.excepthook, as the interactive prompt does. */
export function printException(exc: PyBaseException): void {
  flushStdout();
  const err = sysDict.getStr("stderr") ?? stderr;
  try {
    const hook = sysDict.getStr("excepthook");
    if (hook !== undefined) call(hook, [exc.cls, exc, exc.traceback]);
    else writeTo(err, formatException(exc));
  } catch (e2) {
    writeTo(stderr, formatException(toPyException(e2)));
  }
}

export function flushStdout(): void {
  flushStdStreams();
}

function systemExitStatus(exc: PyBaseException): number {
  const code = exc.fields?.code ?? (exc.args.items.length ? exc.args.items[0] : None);
  if (code === None) return 0;
  const n = intValue(code);
  if (n !== undefined) return Number(BigInt.asIntN(32, BigInt(n))) & 0xff;
  flushStdout();
  writeTo(sysDict.getStr("stderr") ?? stderr, str(code) + "\n");
  return 1;
}

/** A fresh __main__ module in sys.modules; returns its namespace. */
function mainModuleGlobals(): PyDict {
  const globals = new PyDict();
  globals.set("__name__", "__main__");
  globals.set("__doc__", None);
  globals.set("__package__", None);
  globals.set("__loader__", None);
  globals.set("__spec__", None);
  globals.set("__annotations__", new PyDict());
  globals.set("__builtins__", builtinsModuleValue());
  sysModules.set("__main__", new PyModule("__main__", globals));
  return globals;
}

/** The directory of Typhon's own Python modules (lib/ beside dist/). */
function typhonLibDir(): string {
  return join(__dirname, "..", "lib");
}

/**
 * sys.path (the script's directory or "", PYTHONPATH, Typhon's lib/, the standard library) and
 * importlib, when the standard library is there.
 */
export function initImports(path0: string): void {
  const stdlib = findStdlib();
  sysDict.set("_stdlib_dir", stdlib ?? None);
  const path = sysDict.getStr("path") as PyList;
  path.items.length = 0;
  // -P / -I (safe_path): neither the script's directory nor the current one.
  if (!sysOptions.safePath) path.items.push(path0);
  // -E / -I: PYTHON* variables are ignored.
  const pp = sysOptions.ignoreEnvironment ? undefined : process.env.PYTHONPATH;
  if (pp) for (const p of pp.split(":")) if (p !== "") path.items.push(resolve(p));
  if (existsSync(typhonLibDir())) path.items.push(typhonLibDir());
  if (stdlib !== null) {
    path.items.push(stdlib);
    installImportlib(stdlib);
    // -W options (and PYTHONWARNINGS) take effect when warnings is imported: CPython imports it at start-up for them.
    if (sysOptions.warnOptions.length > 0) importModuleLevel("warnings", None, None, 0);
  }
}

/**
 * `typhon -m module args...`: runs the module as __main__ through runpy, as CPython does
 * (sys.argv[0] becomes the module's file; sys.path[0] is the current directory).
 */
export function runModuleMain(modName: string, argv: string[]): number {
  bootstrap(argv);
  try {
    initImports(process.cwd());
  } catch (e) {
    writeTo(stderr, "Fatal Python error: init_importlib: failed to initialize the import system\n");
    return reportUncaught(e);
  }
  mainModuleGlobals();
  let status = 0;
  try {
    const runpy = importModuleLevel("runpy", None, None, 0);
    const runMain = getAttr(runpy, "_run_module_as_main");
    // As the main thread's base run, like a script's module, so that main switches green threads in place.
    if (runMain instanceof PyFunction) runMainThread(makeFrame(runMain, [modName, True], null));
    else call(runMain, [modName, True]);
  } catch (e) {
    status = reportUncaught(e);
  }
  status = runExitFuncs(status);
  flushStd();
  return status;
}

/**
 * Runs compiled `code` as __main__; returns the process exit status. With `inspect` (python -i),
 * an uncaught exception (SystemExit too) is printed and then inspect(globals) runs (the
 * interactive prompt) and gives the status.
 */
export function runMain(code: CodeObject | LateCompile, source: string, filename: string, argv: string[],
  scriptDir: string | null, inspect: ((globals: PyDict) => number) | null = null): number {
  bootstrap(argv);
  try {
    initImports(scriptDir ?? "");
  } catch (e) {
    writeTo(stderr, "Fatal Python error: init_importlib: failed to initialize the import system\n");
    return reportUncaught(e);
  }
  sourceCodecs.ready = true;
  if (typeof code === "function") {
    let r: ReturnType<LateCompile>;
    try {
      r = code();
    } catch (e) {
      return reportUncaught(e);
    }
    if (typeof r === "number") return r;
    code = r.code;
    source = r.source;
  }
  // CPython shows no source lines for -c or stdin programs (they are not files).
  if (!filename.startsWith("<")) registerSource(filename, source);
  const globals = mainModuleGlobals();
  if (filename !== "<string>" && filename !== "<stdin>") globals.set("__file__", filename);
  let status = 0;
  try {
    runCode(code, globals, null, true);
  } catch (e) {
    if (inspect === null) status = reportUncaught(e);
    else printException(toPyException(e));
  }
  // CPython removes __file__ from __main__ when the script has run (-i then has no __file__).
  if (globals.getStr("__file__") !== undefined) globals.delete("__file__");
  if (inspect !== null) status = inspect(globals);
  status = runExitFuncs(status);
  flushStd();
  return status;
}

/**
 * A script compiled once the interpreter is up (its source needs the codec registry): the code
 * and its text, or the exit status of a compile error it reported.
 */
export type LateCompile = () => { code: CodeObject; source: string } | number;

/** "Exception ignored in ...": the message and the traceback on sys.stderr; the program goes on. */
function printUnraisable(e: unknown, msg: string): void {
  const exc = toPyException(e);
  if (isInstance(exc, E.SystemExit)) return;
  flushStdout();
  writeTo(sysDict.getStr("stderr") ?? stderr, `${msg}\n${formatException(exc)}`);
}

function runExitFuncs(status: number): number {
  // As CPython's Py_Finalize: wait for threads (threading._shutdown), then the atexit functions.
  const threading = sysModules.getStr("threading");
  if (threading !== undefined && threading !== None) {
    try {
      const shutdown = getAttrOpt(threading, "_shutdown");
      if (shutdown !== undefined) call(shutdown, []);
    } catch (e) {
      printUnraisable(e, "Exception ignored on threading shutdown");
    }
  }
  runAtexit((e, fn) => printUnraisable(e, `Exception ignored in atexit callback: ${repr(fn)}`));
  // Then the finalizers (__del__) of the objects still tracked, as CPython's module teardown.
  finalizeAll();
  return status;
}

