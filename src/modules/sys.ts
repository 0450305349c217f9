// The sys module: the interpreter's state as Python sees it (path, modules, the import hooks'
// lists, std streams, version and platform facts, recursion limit, hooks for display, uncaught
// exceptions and tracing).
//
// The record types (flags, float_info, version_info, ...) are tuple subclasses made once at
// start-up by a few lines of Python (SYS_TYPES below); makeSys() builds the module namespace and
// finishSys() adds the objects that need Python code to exist.

import { builtinModules } from "../objects/pyfunction";
import { existsSync } from "fs";
import { join } from "path";
import { setProfile, setTrace, tstate } from "../vm/trace";
import { call, callDescr, getAttrOpt, intValue, isInstance, repr, strValue, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, typeError } from "../objects/exceptions";
import { checkArgs, parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { NativeFn, None, PyBuiltinFunction, PyFloat, PyList, PyModule, PyObject, PyTuple, PyValue, True, False, typeOf } from "../objects/types";
import { currentHandled, depth, recursionLimit, setRecursionLimit, topFrame } from "../vm/eval";
import { frameEscapes } from "../vm/frame";
import { current, getSwitchInterval, setSwitchInterval, threads, topFrameOf } from "../vm/threads";
import { runtime } from "../vm/runtime";
import { DEFAULT_MAX_STR_DIGITS, getIntMaxStrDigits, MAX_STR_DIGITS_THRESHOLD, setIntMaxStrDigits } from "../objects/intstr";
import { formatException, tracebackSys } from "../vm/traceback";
import { builtinsDict, sysHooks } from "./builtins";
import { nativeModuleNames } from "./registry";
import { stderr, stdout, writeTo } from "./sysio";
import { warn } from "./warnings";
import { STDLIB_MODULE_NAMES } from "./sys_names";

export const sysModules = new PyDict();
builtinModules.find = (name) => sysModules.getStr(name);
export const sysDict = new PyDict();
tracebackSys.dict = sysDict;
export const sysModule = new PyModule("sys", sysDict);

const VERSION = "3.11.7";
const COPYRIGHT = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
  "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

/** What the command line asked for (sys.flags). */
export interface SysOptions {
  argv: string[];
  origArgv: string[];
  executable: string;
  prefix: string;
  stdlibDir: string | null;
  inspect: boolean;
  interactive: boolean;
  optimize: number;
  noSite: boolean;
  ignoreEnvironment: boolean;
  verbose: number;
  quiet: boolean;
  isolated: boolean;
  safePath: boolean;
  dontWriteBytecode: boolean;
  warnOptions: string[];
  xOptions: Record<string, string | true>;
  debug: boolean;
  bytesWarning: number;
  noUserSite: boolean;
  devMode: boolean;
  utf8Mode: boolean;
  unbuffered: boolean;
  /** -X warn_default_encoding (PEP 597): sys.flags.warn_default_encoding. */
  warnDefaultEncoding?: boolean;
}

/** What the command line (cli/main.ts) chose, before the interpreter starts: overrides the defaults. */
export const commandLine: { origArgv: string[] | null; opts: Partial<SysOptions> } = { origArgv: null, opts: {} };

/**
 * sys.executable: Typhon's launcher (bin/typhon beside dist/, a Node script), so that
 * [sys.executable, "-c", ...] runs Typhon; Node itself when the launcher is not there.
 */
function launcherPath(): string {
  try {
    const p = join(__dirname, "..", "bin", "typhon");
    if (existsSync(p)) return p;
  } catch {
    // No launcher beside this bundle.
  }
  return process.execPath;
}

export function defaultSysOptions(argv: string[]): SysOptions {
  return {
    argv, origArgv: commandLine.origArgv ?? [process.argv0 || "typhon", ...argv], executable: launcherPath(), prefix: "/usr",
    stdlibDir: null, inspect: false, interactive: false, optimize: 0, noSite: false, ignoreEnvironment: false,
    verbose: 0, quiet: false, isolated: false, safePath: false, dontWriteBytecode: true, warnOptions: [], xOptions: {},
    debug: false, bytesWarning: 0, noUserSite: false, devMode: false, utf8Mode: false, unbuffered: false,
    ...commandLine.opts,
  };
}

let asyncgenHooks: [PyValue, PyValue] = [None, None];
let dlopenFlags = 2;
let coroOriginDepth = 0;
const auditHooks: PyValue[] = [];

function fn(d: PyDict, name: string, f: NativeFn): PyBuiltinFunction {
  // A function written without parameters is METH_NOARGS: it refuses arguments.
  const impl: NativeFn = f.length > 0 ? f : (args, kw) => {
    if (kw !== null && kw.length > 0) typeError(`sys.${name}() takes no keyword arguments`);
    if (args.length > 0) typeError(`sys.${name}() takes no arguments (${args.length} given)`);
    return f(args, kw);
  };
  const b = new PyBuiltinFunction(name, impl, null, name, null, "sys");
  d.set(name, b);
  return b;
}

/** sys.displayhook: echo a non-None value's repr to sys.stdout and keep it in builtins._. */
export function displayHook(v: PyValue): void {
  if (v === None) return;
  builtinsDict.set("_", None);
  const out = sysDict.getStr("stdout");
  if (out === undefined || out === None) raiseError(E.RuntimeError, "lost sys.stdout");
  writeTo(out, repr(v) + "\n");
  builtinsDict.set("_", v);
}

/** sys.excepthook's work: the traceback of `exc` on sys.stderr. */
export function printException(exc: PyBaseException): void {
  const err = sysDict.getStr("stderr");
  writeTo(err === undefined || err === None ? stderr : err, formatException(exc));
}

export function makeSys(opts: SysOptions): void {
  const d = sysDict;
  d.set("__name__", "sys");
  d.set("__doc__", "This module provides access to some objects used or maintained by the\n" +
    "interpreter and to functions that interact strongly with the interpreter.");
  d.set("__package__", "");
  d.set("__loader__", None);
  d.set("__spec__", None);
  d.set("modules", sysModules);
  d.set("argv", new PyList(opts.argv.slice()));
  d.set("orig_argv", new PyList(opts.origArgv.slice()));
  d.set("stdin", None);
  d.set("stdout", stdout);
  d.set("stderr", stderr);
  d.set("__stdin__", None);
  d.set("__stdout__", stdout);
  d.set("__stderr__", stderr);
  d.set("maxsize", 9223372036854775807n);
  d.set("maxunicode", 0x10ffff);
  d.set("version", `${VERSION} (main, Nov 21 2026) [Typhon on Node.js ${process.versions.node}]`);
  d.set("hexversion", 0x030b07f0);
  d.set("api_version", 1013);
  d.set("copyright", COPYRIGHT);
  d.set("platform", "linux");
  d.set("byteorder", "little");
  d.set("path", new PyList([]));
  d.set("meta_path", new PyList([]));
  d.set("path_hooks", new PyList([]));
  d.set("path_importer_cache", new PyDict());
  d.set("executable", opts.executable);
  d.set("_base_executable", opts.executable);
  d.set("prefix", opts.prefix);
  d.set("base_prefix", opts.prefix);
  d.set("exec_prefix", opts.prefix);
  d.set("base_exec_prefix", opts.prefix);
  d.set("platlibdir", "lib");
  d.set("pycache_prefix", None);
  d.set("_stdlib_dir", opts.stdlibDir ?? None);
  d.set("dont_write_bytecode", opts.dontWriteBytecode ? True : False);
  d.set("abiflags", "");
  d.set("float_repr_style", "short");
  d.set("_framework", "");
  d.set("_git", new PyTuple(["Typhon", "", ""]));
  d.set("warnoptions", new PyList(opts.warnOptions.slice()));
  const xo = new PyDict();
  for (const [k, v] of Object.entries(opts.xOptions)) xo.set(k, v === true ? True : v);
  d.set("_xoptions", xo);
  d.set("builtin_module_names", new PyTuple(["builtins", "sys", ...nativeModuleNames()].sort()));
  d.set("stdlib_module_names", None); // a frozenset, set by finishSys
  d.set("_stdlib_module_names", new PyTuple(STDLIB_MODULE_NAMES));

  fn(d, "getrecursionlimit", () => recursionLimit);
  fn(d, "setrecursionlimit", (args, kw) => {
    checkArgs("setrecursionlimit", args, kw, 1, 1, 0);
    const n = intValue(args[0]);
    if (n === undefined || typeof args[0] === "object" && typeOf(args[0]).name === "float") {
      typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
    }
    if (n < 1) raiseError(E.ValueError, "recursion limit must be greater or equal than 1");
    // A limit the current depth already reaches is refused. As in CPython, this call itself counts
    // as one level (a builtin called through the recursion guard).
    const level = depth + 1;
    if (level >= n) {
      raiseError(E.RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${level}: the limit is too low`);
    }
    setRecursionLimit(Number(n));
    return None;
  });
  fn(d, "exc_info", () => {
    const h = currentHandled();
    if (h === None) return new PyTuple([None, None, None]);
    return new PyTuple([typeOf(h), h, (h as PyBaseException).traceback]);
  });
  fn(d, "exception", () => currentHandled());
  fn(d, "exit", (args, kw) => {
    checkArgs("exit", args, kw, 0, 1, 0);
    // PyErr_SetObject: a tuple status is the exception's arguments (sys.exit((42,)) exits with 42).
    throw call(E.SystemExit, args.length === 1 && args[0] instanceof PyTuple ? args[0].items.slice() : args.slice(0, 1));
  });
  fn(d, "getsizeof", (args, kw) => {
    const [obj, dflt] = parseArgs("getsizeof", args, kw, ["object", "default"], 1);
    // _PySys_GetSizeOf: __sizeof__ looked up on the type (a TypeError gives the default).
    const m = typeOf(obj!).lookup("__sizeof__");
    let sz: PyValue;
    try {
      if (m === undefined) typeError(`Type ${typeName(obj!)} doesn't define __sizeof__`);
      sz = callDescr(m, obj!, []);
    } catch (e) {
      if (dflt !== undefined && e instanceof PyBaseException && isInstance(e, E.TypeError)) return dflt;
      throw e;
    }
    const n = intValue(sz);
    if (n === undefined) typeError("an integer is required");
    if (n < 0) raiseError(E.ValueError, "__sizeof__() should return >= 0");
    // CPython adds the garbage collector's header for tracked objects.
    const tracked = obj instanceof PyObject && !(typeof obj === "string");
    return typeof n === "bigint" ? n + 16n : n + (tracked ? 16 : 0);
  });
  // There are no reference counts to report; a constant keeps "the count did not change" true.
  fn(d, "getrefcount", (args, kw) => {
    checkArgs("sys.getrefcount", args, kw, 1, 1, 0);
    return 2;
  });
  fn(d, "intern", (args, kw) => {
    checkArgs("intern", args, kw, 1, 1, 0);
    if (typeof args[0] !== "string") {
      if (strValue(args[0]) !== undefined) typeError("can't intern str subclass");
      typeError(`intern() argument must be str, not ${typeName(args[0])}`);
    }
    return args[0];
  });
  fn(d, "is_finalizing", () => False);
  fn(d, "_getframe", (args, kw) => {
    checkArgs("_getframe", args, kw, 0, 1, 0);
    let f = topFrame;
    let n = args.length ? Number(intValue(args[0]) ?? 0) : 0;
    while (n-- > 0 && f !== null) f = f.back;
    if (f === null) raiseError(E.ValueError, "call stack is not deep enough");
    frameEscapes();
    return f;
  });
  fn(d, "getdefaultencoding", () => "utf-8");
  fn(d, "getfilesystemencoding", () => "utf-8");
  fn(d, "getfilesystemencodeerrors", () => "surrogateescape");
  fn(d, "getswitchinterval", () => switchIntervalValue());
  fn(d, "setswitchinterval", (args, kw) => {
    checkArgs("setswitchinterval", args, kw, 1, 1, 0);
    const t = typeOf(args[0]);
    if (!(args[0] instanceof PyFloat) && t.lookup("__float__") === undefined && t.lookup("__index__") === undefined) {
      typeError(`must be real number, not ${typeName(args[0])}`);
    }
    const f = call(builtinsDict.getStr("float")!, [args[0]]);
    const v = f instanceof PyFloat ? f.value : NaN;
    if (!(v > 0)) raiseError(E.ValueError, "switch interval must be strictly positive");
    setSwitchInterval(v);
    return None;
  });
  fn(d, "settrace", (args, kw) => {
    checkArgs("settrace", args, kw, 1, 1, 0);
    setTrace(args[0]);
    return None;
  });
  fn(d, "gettrace", () => tstate.traceFunc);
  fn(d, "setprofile", (args, kw) => {
    checkArgs("setprofile", args, kw, 1, 1, 0);
    setProfile(args[0]);
    return None;
  });
  fn(d, "getprofile", () => tstate.profileObj);
  fn(d, "get_int_max_str_digits", () => getIntMaxStrDigits());
  fn(d, "set_int_max_str_digits", (args, kw) => {
    const [maxdigits] = parseArgs("set_int_max_str_digits", args, kw, ["maxdigits"], 1);
    const n = intValue(maxdigits!);
    if (n === undefined) typeError(`'${typeName(maxdigits!)}' object cannot be interpreted as an integer`);
    setIntMaxStrDigits(Number(n));
    return None;
  });
  fn(d, "get_asyncgen_hooks", () => new PyTuple(asyncgenHooks));
  fn(d, "set_asyncgen_hooks", (args, kw) => {
    const [firstiter, finalizer] = parseArgs("set_asyncgen_hooks", args, kw, ["firstiter", "finalizer"], 0);
    asyncgenHooks = [firstiter ?? asyncgenHooks[0], finalizer ?? asyncgenHooks[1]];
    return None;
  });
  fn(d, "get_coroutine_origin_tracking_depth", () => coroOriginDepth);
  fn(d, "set_coroutine_origin_tracking_depth", (args, kw) => {
    const [depth] = parseArgs("set_coroutine_origin_tracking_depth", args, kw, ["depth"], 1);
    const n = Number(intValue(depth!) ?? 0);
    if (n < 0) raiseError(E.ValueError, "depth must be >= 0");
    coroOriginDepth = n;
    return None;
  });
  fn(d, "addaudithook", (args) => {
    auditHooks.push(args[0]);
    return None;
  });
  fn(d, "audit", (args) => {
    if (args.length === 0) typeError("audit() missing 1 required positional argument: 'event'");
    if (typeof args[0] !== "string") typeError(`expected str for argument 'event', not ${typeName(args[0])}`);
    for (const h of auditHooks) call(h, [args[0], new PyTuple(args.slice(1))]);
    return None;
  });
  fn(d, "call_tracing", (args, kw) => {
    checkArgs("call_tracing", args, kw, 2, 2, 0);
    if (!(args[1] instanceof PyTuple)) typeError(`call_tracing() argument 2 must be tuple, not ${typeName(args[1])}`);
    return call(args[0], args[1].items.slice());
  });
  fn(d, "getallocatedblocks", () => 0);
  // The flags dlopen() would get (RTLD_NOW by default); Typhon loads no shared libraries.
  fn(d, "getdlopenflags", () => dlopenFlags);
  fn(d, "setdlopenflags", (args, kw) => {
    checkArgs("sys.setdlopenflags", args, kw, 1, 1, 0);
    const n = intValue(args[0]);
    if (n === undefined || typeof args[0] === "object" && typeOf(args[0]).name === "float") {
      typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
    }
    dlopenFlags = Number(n);
    return None;
  });
  fn(d, "_clear_type_cache", () => None);
  fn(d, "_current_frames", () => {
    frameEscapes();
    const out = new PyDict();
    for (const t of threads) {
      const top = topFrameOf(t);
      if (top !== null) out.set(t.ident, top);
    }
    return out;
  });
  fn(d, "_current_exceptions", () => {
    const out = new PyDict();
    for (const t of threads) {
      if (topFrameOf(t) === null) continue;
      let exc: PyValue = None;
      if (t === current) exc = currentHandled();
      else for (let i = t.vm.exc.length - 1; i >= 0 && exc === None; i--) exc = t.vm.exc[i];
      // CPython 3.11 gives exc_info() triples here (3.12 gives the exception).
      out.set(t.ident, exc instanceof PyBaseException
        ? new PyTuple([typeOf(exc), exc, exc.traceback]) : new PyTuple([None, None, None]));
    }
    return out;
  });
  fn(d, "_debugmallocstats", () => None);
  const dh = fn(d, "displayhook", (args, kw) => {
    checkArgs("displayhook", args, kw, 1, 1, 0);
    displayHook(args[0]);
    return None;
  });
  d.set("__displayhook__", dh);
  const eh = fn(d, "excepthook", (args, kw) => {
    checkArgs("excepthook", args, kw, 3, 3, 0);
    const v = args[1];
    if (v instanceof PyBaseException) printException(v);
    else {
      const err = sysDict.getStr("stderr") ?? stderr;
      writeTo(err, `TypeError: print_exception(): Exception expected for value, ${typeName(v)} found\n`);
    }
    return None;
  });
  d.set("__excepthook__", eh);
  const bh = fn(d, "breakpointhook", (args, kw) => {
    const hookName = process.env.PYTHONBREAKPOINT;
    if (hookName === "0") return None;
    const target = hookName === undefined || hookName === "" ? "pdb.set_trace" : hookName;
    const dot = target.lastIndexOf(".");
    const modName = dot < 0 ? "builtins" : target.slice(0, dot);
    const attr = target.slice(dot + 1);
    let hook: PyValue | undefined;
    try {
      const imp = builtinsDict.getStr("__import__")!;
      const mod = call(imp, [modName, None, None, new PyTuple([attr]), 0]);
      hook = getAttrOpt(mod, attr);
    } catch {
      // Any failure to import is reported as a warning, as CPython does.
      hook = undefined;
    }
    if (hook === undefined) {
      warn(`Ignoring unimportable $PYTHONBREAKPOINT: "${target}"`, E.excTypes.RuntimeWarning, 1);
      return None;
    }
    return call(hook, args, kw);
  });
  d.set("__breakpointhook__", bh);
  sysHooks.breakpointHook = () => sysDict.getStr("breakpointhook");
}

function switchIntervalValue(): PyValue {
  return new PyFloat(getSwitchInterval());
}

/** The record types and objects that are easiest to write in Python (run once at start-up). */
export const SYS_TYPES = `
def _record(name, fields, module='sys', extra=()):
    n = len(fields)
    def __new__(cls, seq, _dict=None):
        seq = tuple(seq)
        if len(seq) < n:
            raise TypeError('%s.%s() takes a %d-sequence (%d-sequence given)' % (module, name, n, len(seq)))
        return tuple.__new__(cls, seq[:n])
    def __repr__(self):
        return '%s.%s(%s)' % (module, name, ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)))
    def __reduce__(self):
        return (type(self), (tuple(self), {}))
    ns = {'__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__, '__slots__': (),
          'n_sequence_fields': n, 'n_fields': n, 'n_unnamed_fields': 0, '__module__': module,
          '__match_args__': tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    cls = type(name, (tuple,), ns)
    cls.__qualname__ = name
    return cls

version_info = _record('version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'))
flags = _record('flags', ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
    'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
    'int_max_str_digits'))
float_info = _record('float_info', ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
    'mant_dig', 'epsilon', 'radix', 'rounds'))
int_info = _record('int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'))
hash_info = _record('hash_info', ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
    'seed_bits', 'cutoff'))
thread_info = _record('thread_info', ('name', 'lock', 'version'))
UnraisableHookArgs = _record('UnraisableHookArgs', ('exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'))

def _seal(cls):
    # sys.flags and sys.version_info cannot be instantiated again.
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s.%s' instances" % (cls.__module__, cls.__name__))
    cls.__new__ = __new__

_ns_repr_running = set()

class SimpleNamespace(object):
    def __init__(self, /, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _ns_repr_running:
            return name + '(...)'
        _ns_repr_running.add(key)
        try:
            return '%s(%s)' % (name, ', '.join('%s=%r' % kv for kv in self.__dict__.items()))
        finally:
            _ns_repr_running.discard(key)
    def __eq__(self, other):
        # The real types (PyObject_TypeCheck), not __class__.
        if issubclass(type(self), SimpleNamespace) and issubclass(type(other), SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
    __hash__ = None
SimpleNamespace.__module__ = 'types'

def unraisablehook(unraisable, /):
    import sys
    err = sys.stderr
    if err is None:
        return
    if unraisable.object is not None:
        if unraisable.err_msg:
            err.write('%s: %r\\n' % (unraisable.err_msg, unraisable.object))
        else:
            err.write('Exception ignored in: %r\\n' % (unraisable.object,))
    elif unraisable.err_msg:
        err.write('%s:\\n' % unraisable.err_msg)
    if unraisable.exc_value is not None:
        import traceback
        err.write(''.join(traceback.format_exception(unraisable.exc_type, unraisable.exc_value,
                                                     unraisable.exc_traceback)))
    err.flush()
`;

/** Fills in the record-typed values once SYS_TYPES has run in namespace `g`. */
export function finishSys(g: PyDict, opts: SysOptions): void {
  const makeFloat = (x: number) => new PyFloat(x);
  const d = sysDict;
  const rec = (name: string, items: PyValue[]) => call(g.getStr(name)!, [new PyTuple(items)]);
  d.set("version_info", rec("version_info", [3, 11, 7, "final", 0]));
  d.set("flags", rec("flags", [opts.debug ? 1 : 0, opts.inspect ? 1 : 0, opts.interactive ? 1 : 0, opts.optimize,
    opts.dontWriteBytecode ? 1 : 0, opts.noUserSite ? 1 : 0, opts.noSite ? 1 : 0, opts.ignoreEnvironment ? 1 : 0,
    opts.verbose, opts.bytesWarning, opts.quiet ? 1 : 0, 1, opts.isolated ? 1 : 0, opts.devMode ? True : False,
    opts.utf8Mode ? 1 : 0, opts.warnDefaultEncoding ? 1 : 0, opts.safePath ? True : False, -1]));
  d.set("float_info", rec("float_info", [makeFloat(Number.MAX_VALUE), 1024, 308, makeFloat(2.2250738585072014e-308),
    -1021, -307, 15, 53, makeFloat(Number.EPSILON), 2, 1]));
  d.set("int_info", rec("int_info", [30, 4, DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD]));
  d.set("hash_info", rec("hash_info", [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]));
  d.set("thread_info", rec("thread_info", ["pthread", "semaphore", "NPTL 2.36"]));
  for (const name of ["version_info", "flags"]) call(g.getStr("_seal")!, [typeOf(d.getStr(name)!)]);
  d.set("unraisablehook", g.getStr("unraisablehook")!);
  d.set("__unraisablehook__", g.getStr("unraisablehook")!);
  d.set("stdlib_module_names", runtime.makeFrozenset(STDLIB_MODULE_NAMES));
  d.delete("_stdlib_module_names");
  const ns = call(g.getStr("SimpleNamespace")!, []);
  const nsd = (ns as PyObject).dict!;
  nsd.set("name", "typhon");
  nsd.set("cache_tag", "typhon-311");
  nsd.set("version", d.getStr("version_info")!);
  nsd.set("hexversion", d.getStr("hexversion")!);
  nsd.set("_multiarch", "x86_64-linux-gnu");
  d.set("implementation", ns);
}
