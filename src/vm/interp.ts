// Start-up and the top level: builds the object world (bootstrap), runs a program as
// __main__, and provides exec/eval/compile and the import of .py modules (the full import
// system is issue 5; this finds modules beside the script and in sys.path).

import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join, resolve } from "path";
import { CodeObject } from "../bytecode/code";
import { compile } from "../compiler";
import { parse, parseBytes, PySyntaxError, decodeSource } from "../parser";
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
  None, PyBuiltinFunction, PyBytes, PyCode, PyList, PyModule, PyObject, PyTuple, PyType, PyValue, True, False, typeOf, iteratorTypes, bool, moduleType,
} from "../objects/types";
import { TypeFlag } from "../objects/object";
import { builtinsDict, builtinsModule, initBuiltins, localsOf, sysHooks } from "../modules/builtins";
import { flushStd, flushStdout as flushStdStreams, initSysIO, stderr, stdin, stdout, sysStreams, writeTo } from "../modules/sysio";
import { callFunction, excStack, run, runtimeConsts, setRecursionLimit, recursionLimit, topFrame } from "./eval";
import { Frame } from "./frame";
import { initGenerators } from "./gen";
import { runtime } from "./runtime";
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
import { createNativeModule, isNativeModule, nativeModuleNames } from "../modules/registry";

export const sysModules = new PyDict();
const sysDict = new PyDict();
export const sysModule = new PyModule("sys", sysDict);

/** Optional initializers of other parts (containers, numbers, str...), run in order. */
export const extraInit: (() => void)[] = [];

let booted = false;

export function bootstrap(argv: string[]): void {
  if (booted) return;
  booted = true;
  hooks.callFunction = callFunction;
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
  for (const f of extraInit) f();
  initBuiltins();
  initModuleType();
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
class version_info(tuple):
    __slots__ = ()
    def __new__(cls, t):
        return tuple.__new__(cls, t)
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return 'sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)' % tuple(self)
version_info.__module__ = 'sys'
class SimpleNamespace(object):
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())
`;

function initSiteObjects(): void {
  const g = new PyDict();
  g.set("__name__", "_sitebuiltins");
  runCode(compileSource(SITE_SOURCE, "<frozen _sitebuiltins>", "exec"), g);
  builtinsDict.set("exit", g.getStr("exit")!);
  builtinsDict.set("quit", g.getStr("quit")!);
  const vi = call(g.getStr("version_info")!, [sysDict.getStr("version_info")!]);
  sysDict.set("version_info", vi);
  const ns = call(g.getStr("SimpleNamespace")!, [], );
  const nsd = (ns as PyObject).dict!;
  nsd.set("name", "typhon");
  nsd.set("cache_tag", None);
  nsd.set("version", vi);
  nsd.set("hexversion", sysDict.getStr("hexversion")!);
  sysDict.set("implementation", ns);
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
      const name = m.dict!.getStr("__name__");
      const file = m.dict!.getStr("__file__");
      const n = name === undefined ? "?" : str(name);
      if (file !== undefined) return `<module '${n}' from '${str(file)}'>`;
      if (n === "builtins" || n === "sys" || isNativeModule(n)) return `<module '${n}' (built-in)>`;
      return `<module '${n}'>`;
    },
    __dir__: (args) => new PyList((args[0] as PyModule).dict!.keyList()),
  });
  defGetSet(moduleType, "__dict__", (m) => (m as PyObject).dict!);
}

function initSys(argv: string[]): void {
  const d = sysDict;
  d.set("__name__", "sys");
  d.set("modules", sysModules);
  d.set("argv", new PyList(argv.slice()));
  d.set("stdin", stdin);
  d.set("stdout", stdout);
  d.set("stderr", stderr);
  d.set("__stdin__", stdin);
  d.set("__stdout__", stdout);
  d.set("__stderr__", stderr);
  sysStreams.get = (name) => d.getStr(name) ?? None;
  d.set("maxsize", Number.MAX_SAFE_INTEGER >= 2 ** 53 - 1 ? 9223372036854775807n : 0);
  d.set("version", "3.11.7 (Typhon)");
  d.set("version_info", new PyTuple([3, 11, 7, "final", 0]));
  d.set("hexversion", 0x030b07f0);
  d.set("platform", "linux");
  d.set("byteorder", "little");
  d.set("implementation", None);
  d.set("path", new PyList([]));
  d.set("executable", process.execPath);
  d.set("flags", None);
  d.set("dont_write_bytecode", True);
  d.set("builtin_module_names", new PyTuple(["builtins", "sys", ...nativeModuleNames()].sort()));
  const fn = (name: string, f: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    d.set(name, new PyBuiltinFunction(name, f, null, name, null, "sys"));
  fn("getrecursionlimit", () => recursionLimit);
  fn("setrecursionlimit", (args) => {
    const n = intValue(args[0]);
    if (n === undefined) typeError("'" + typeName(args[0]) + "' object cannot be interpreted as an integer");
    if (n < 1) raiseError(E.ValueError, "recursion limit must be greater or equal than 1");
    setRecursionLimit(Number(n));
    return None;
  });
  fn("exc_info", () => {
    const h = currentHandledExc();
    if (h === None) return new PyTuple([None, None, None]);
    return new PyTuple([typeOf(h), h, (h as PyBaseException).traceback]);
  });
  fn("exception", () => currentHandledExc());
  fn("exit", (args) => {
    const e = call(E.SystemExit, args.slice(0, 1));
    throw e;
  });
  fn("getsizeof", () => 64);
  fn("intern", (args) => {
    if (typeof args[0] !== "string" && strValue(args[0]) === undefined) typeError(`intern() argument must be str, not ${typeName(args[0])}`);
    return args[0];
  });
  fn("_getframe", (args) => {
    let f = topFrame;
    let n = args.length ? Number(intValue(args[0]) ?? 0) : 0;
    while (n-- > 0 && f !== null) f = f.back;
    if (f === null) raiseError(E.ValueError, "call stack is not deep enough");
    return f;
  });
  fn("getdefaultencoding", () => "utf-8");
  fn("getfilesystemencoding", () => "utf-8");
  sysModules.set("sys", sysModule);
  sysModules.set("builtins", builtinsModule);
  sysHooks.getStdout = () => sysDict.getStr("stdout") ?? None;
  sysHooks.getStderr = () => sysDict.getStr("stderr") ?? None;
  sysHooks.importHook = importModule;
}

import { currentHandled } from "./eval";
function currentHandledExc(): PyValue {
  return currentHandled();
}

// ---- compiling and running code ---------------------------------------------------------------

function syntaxErrorToPy(e: PySyntaxError): PyBaseException {
  const t = E.excTypes[e.kind] ?? E.SyntaxError;
  const info = new PyTuple([e.filename ?? None, e.lineno ?? None, e.offset ?? None, e.text ?? None,
    e.endLineno ?? None, e.endOffset ?? None]);
  return call(t, [e.msg, info]) as PyBaseException;
}

export function compileSource(source: string, filename: string, mode: "exec" | "eval" | "single", flags = 0): CodeObject {
  try {
    const tree = parse(source, { filename, mode: mode === "single" ? "single" : mode });
    return compile(tree, filename, { mode, source, flags });
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
    throw e;
  }
}

/** Runs a code object as a module body in `globals` (locals = globals unless given). */
export function runCode(code: CodeObject, globals: PyDict, locals: PyValue | null = null): PyValue {
  if (!globals.has("__builtins__")) globals.set("__builtins__", builtinsModuleValue());
  const frame = new Frame(code, null, globals, builtinsDict, locals ?? globals, runtimeConsts(code));
  return run(frame);
}

function builtinsModuleValue(): PyValue {
  return sysModules.getStr("builtins")!;
}

/** exec(source|code, globals=None, locals=None) / eval(...) */
function execEval(mode: "exec" | "eval", args: PyValue[], kw: readonly string[] | null): PyValue {
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
      if (src instanceof PyBytes) text = decodeSource(src.data, "<string>");
      else typeError(`${mode}() arg 1 must be a string, bytes or code object`);
    }
    if (mode === "eval") text = text.replace(/^[ \t]+/, "");
    code = compileSource(text, "<string>", mode, caller?.code.flags ?? 0);
  }
  const r = runCode(code, globals, locals);
  return mode === "eval" ? r : None;
}

function localsDict(f: Frame): PyValue {
  return localsOf(f);
}

function compileBuiltin(args: PyValue[], kw: readonly string[] | null): PyValue {
  const [src, filename, mode, flags, dontInherit, optimize] = parseArgs("compile", args, kw,
    ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
  void dontInherit;
  void optimize;
  const m = strValue(mode!);
  if (m !== "exec" && m !== "eval" && m !== "single") raiseError(E.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  const fname = strValue(filename!) ?? (filename instanceof PyBytes ? Buffer.from(filename.data).toString() : "?");
  let text = strValue(src!);
  if (text === undefined) {
    if (src instanceof PyBytes) text = decodeSource(src.data, "<string>");
    else typeError("compile() arg 1 must be a string, bytes or AST object");
  }
  const fl = flags === undefined ? 0 : Number(intValue(flags) ?? 0);
  if (fl & 0x400) {
    // PyCF_ONLY_AST: needs the _ast module (issue 5).
    raiseError(E.NotImplementedError, "compile() to an AST object needs the _ast module, not available yet");
  }
  return new PyCode(compileSource(text, fname, m, fl));
}

// ---- import of .py files -------------------------------------------------------------------------

let mainDir = ".";

function findModuleFile(name: string): string | null {
  const parts = name.split(".");
  const rel = join(...parts);
  const sysPath = sysDict.getStr("path");
  const dirs = sysPath instanceof PyList ? sysPath.items.map((p) => strValue(p) ?? "") : [mainDir];
  for (const d of dirs) {
    const base = d === "" ? process.cwd() : d;
    const f = join(base, rel + ".py");
    if (existsSync(f)) return f;
    const pkg = join(base, rel, "__init__.py");
    if (existsSync(pkg)) return pkg;
  }
  return null;
}

function notFound(name: string): never {
  const e = call(E.ModuleNotFoundError, [`No module named '${name}'`], ["name"].length ? null : null) as PyBaseException;
  (e.fields ??= {}).name = name;
  throw e;
}

function loadModule(name: string): PyValue {
  const existing = sysModules.getStr(name);
  if (existing !== undefined) return existing;
  const dot = name.lastIndexOf(".");
  if (dot > 0) {
    const parent = loadModule(name.slice(0, dot));
    void parent;
  }
  const native = createNativeModule(name);
  if (native !== null) {
    sysModules.set(name, native);
    return native;
  }
  const file = findModuleFile(name);
  if (file === null) notFound(name);
  const globals = new PyDict();
  const mod = new PyModule(name, globals);
  globals.set("__name__", name);
  globals.set("__file__", file);
  globals.set("__doc__", None);
  globals.set("__package__", file.endsWith("__init__.py") ? name : name.slice(0, Math.max(0, name.lastIndexOf("."))));
  globals.set("__loader__", None);
  globals.set("__spec__", None);
  globals.set("__builtins__", builtinsModuleValue());
  if (file.endsWith("__init__.py")) globals.set("__path__", new PyList([dirname(file)]));
  sysModules.set(name, mod);
  try {
    const source = readSource(file);
    const code = compileSource(source, file, "exec");
    runCode(code, globals);
  } catch (e) {
    sysModules.delete(name);
    throw e;
  }
  if (dot > 0) {
    const parent = sysModules.getStr(name.slice(0, dot))!;
    if (parent instanceof PyObject && parent.dict !== null) parent.dict.set(name.slice(dot + 1), sysModules.getStr(name) ?? mod);
  }
  return sysModules.getStr(name) ?? mod;
}

function readSource(file: string): string {
  const bytes = readFileSync(file);
  const text = decodeSource(new Uint8Array(bytes), file);
  registerSource(file, text);
  return text;
}

function resolveName(name: string, globals: PyValue, level: number): string {
  if (level === 0) return name;
  const g = globals instanceof PyDict ? globals : null;
  let pkg = g === null ? undefined : strValue(g.getStr("__package__") ?? None);
  if (pkg === undefined && g !== null) {
    const n = strValue(g.getStr("__name__") ?? None) ?? "";
    pkg = g.getStr("__path__") !== undefined ? n : n.slice(0, Math.max(0, n.lastIndexOf(".")));
  }
  if (!pkg) raiseError(E.ImportError, "attempted relative import with no known parent package");
  const parts = pkg.split(".");
  if (level - 1 > parts.length - 1 && level > 1) raiseError(E.ImportError, "attempted relative import beyond top-level package");
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

export function importModule(name: string, globals: PyValue, fromlist: PyValue, level: number): PyValue {
  const full = resolveName(name, globals, level);
  const mod = loadModule(full);
  const hasFrom = fromlist !== None && toArray(fromlist).length > 0;
  if (hasFrom) {
    for (const item of toArray(fromlist)) {
      const n = strValue(item);
      if (n === undefined || n === "*") continue;
      if (getAttrOpt(mod, n) === undefined && findModuleFile(`${full}.${n}`) !== null) loadModule(`${full}.${n}`);
    }
    return mod;
  }
  if (level === 0 && name.includes(".")) return sysModules.getStr(name.split(".")[0])!;
  return mod;
}

function importName(frame: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const imp = frame.builtins.getStr("__import__");
  const lv = Number(intValue(level) ?? 0);
  if (imp !== undefined && !(imp instanceof PyObject && imp.cls.name === "builtin_function_or_method" &&
      (imp as unknown as { name: string }).name === "__import__" && (imp as unknown as { module: string }).module === "builtins")) {
    return call(imp, [name, frame.globals, frame.locals ?? None, fromlist, lv]);
  }
  return importModule(name, frame.globals, fromlist, lv);
}

function importFrom(mod: PyValue, name: string): PyValue {
  const v = getAttrOpt(mod, name);
  if (v !== undefined) return v;
  const modName = mod instanceof PyObject && mod.dict !== null ? strValue(mod.dict.getStr("__name__") ?? None) : undefined;
  if (modName !== undefined) {
    const sub = sysModules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const file = mod instanceof PyObject && mod.dict !== null ? strValue(mod.dict.getStr("__file__") ?? None) : undefined;
  const msg = `cannot import name '${name}' from '${modName ?? "<unknown module name>"}' (${file ?? "unknown location"})`;
  const e = call(E.ImportError, [msg]) as PyBaseException;
  (e.fields ??= {}).name = modName ?? None;
  throw e;
}

function importStar(frame: Frame, mod: PyValue): void {
  const all = getAttrOpt(mod, "__all__");
  let names: PyValue[];
  if (all !== undefined) names = toArray(all);
  else {
    const d = getAttr(mod, "__dict__");
    names = toArray(d).filter((k) => !(strValue(k) ?? "_").startsWith("_"));
  }
  for (const n of names) {
    const s = strValue(n);
    if (s === undefined) typeError(`Item in ${"module"}.__all__ must be str, not ${typeName(n)}`);
    const v = getAttr(mod, s);
    if (frame.locals instanceof PyDict) frame.locals.set(s, v);
    else setItem(frame.locals!, s, v);
  }
}

// ---- remaining runtime services --------------------------------------------------------------------

function installRuntime(): void {
  // type(name, bases, ns) takes __module__ from the calling frame's globals, as CPython does.
  classHooks.callerModule = () => topFrame?.globals.getStr("__name__") ?? null;
  runtime.importName = importName;
  runtime.importFrom = importFrom;
  runtime.importStar = importStar;
  runtime.execEval = execEval;
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
  runtime.displayHook = (v) => {
    if (v === None) return;
    builtinsDict.set("_", v);
    writeTo(sysDict.getStr("stdout") ?? stdout, repr(v) + "\n");
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
  if (!(cls instanceof PyType)) typeError("called match pattern must be a class");
  if (!isInstance(subject, cls)) return None;
  const out: PyValue[] = [];
  const seen = new Set<string>();
  if (nargs > 0) {
    const ma = getAttrOpt(cls, "__match_args__");
    const selfMatch = cls.flags & (TypeFlag.INT_SUBCLASS | TypeFlag.STR_SUBCLASS | TypeFlag.LIST_SUBCLASS |
      TypeFlag.TUPLE_SUBCLASS | TypeFlag.DICT_SUBCLASS) || ["float", "bool", "bytes", "bytearray", "set", "frozenset", "complex"].includes(nativeBase(cls).name);
    if (ma === undefined) {
      if (selfMatch && nargs === 1 && !((cls.flags & TypeFlag.HEAPTYPE) && false)) {
        out.push(subject);
      } else {
        typeError(`${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`);
      }
      if (nargs > 1) typeError(`${cls.name}() accepts 1 positional sub-pattern (${nargs} given)`);
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
  flushStdout();
  const err = sysDict.getStr("stderr") ?? stderr;
  try {
    const hook = sysDict.getStr("excepthook");
    if (hook !== undefined) call(hook, [exc.cls, exc, exc.traceback]);
    else writeTo(err, formatException(exc));
  } catch (e2) {
    writeTo(stderr, formatException(toPyException(e2)));
  }
  return 1;
}

function flushStdout(): void {
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

/** Runs compiled `code` as __main__; returns the process exit status. */
export function runMain(code: CodeObject, source: string, filename: string, argv: string[], scriptDir: string | null): number {
  bootstrap(argv);
  mainDir = scriptDir ?? process.cwd();
  (sysDict.getStr("path") as PyList).items.push(scriptDir ?? "");
  // CPython shows no source lines for -c or stdin programs (they are not files).
  if (!filename.startsWith("<")) registerSource(filename, source);
  const globals = new PyDict();
  globals.set("__name__", "__main__");
  globals.set("__doc__", None);
  globals.set("__package__", None);
  globals.set("__loader__", None);
  globals.set("__spec__", None);
  globals.set("__annotations__", new PyDict());
  globals.set("__builtins__", builtinsModuleValue());
  if (filename !== "<string>" && filename !== "<stdin>") globals.set("__file__", filename);
  const main = new PyModule("__main__", globals);
  sysModules.set("__main__", main);
  let status = 0;
  try {
    runCode(code, globals);
  } catch (e) {
    status = reportUncaught(e);
  }
  status = runExitFuncs(status);
  flushStd();
  return status;
}

export const atexitFuncs: (() => void)[] = [];
function runExitFuncs(status: number): number {
  for (const f of atexitFuncs.reverse()) {
    try {
      f();
    } catch (e) {
      status = reportUncaught(e) || status;
    }
  }
  return status;
}

void resolve;
void statSync;
void parseBytes;
void excStack;
void callDescr;
void getIter;
void iterNext;
void bool;
void False;
void True;
void PyBytes;
