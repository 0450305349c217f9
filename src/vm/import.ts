// The import system.
//
// As in CPython, the finding and loading is done by importlib's own Python code, read from the
// standard library: importlib/_bootstrap.py runs as the module `_frozen_importlib` and
// importlib/_bootstrap_external.py as `_frozen_importlib_external` (start-up, installImportlib).
// This file is what CPython writes in C around them: the builtin __import__ with its
// sys.modules fast path (importModuleLevel), IMPORT_FROM and `import *`, the `_imp` module, and
// finding the standard library directory.
//
// Without a standard library only native modules and .py files on sys.path can be imported (a
// small interim loader, loadPlainModule); a failed import then says how to get the library.

import { existsSync, readFileSync, statSync } from "fs";
import { dirname, join } from "path";
import {
  call, Cmp, getAttr, getAttrOpt, intValue, repr, richCompareBool, setItem, strValue, toArray, truthy, typeName,
} from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, typeError } from "../objects/exceptions";
import { builtinFunction, checkArgs, parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import {
  False, None, PyBytes, PyCode, PyList, PyModule, PyObject, PyTuple, PyValue, True,
} from "../objects/types";
import { builtinsDict, builtinsModule } from "../modules/builtins";
import { warn } from "../modules/warnings";
import { createNativeModule, defineModule, defFunctions, isNativeModule } from "../modules/registry";
import { sysDict, sysModule, sysModules } from "../modules/sys";
import type { Frame } from "./frame";
import { CodeObject } from "../bytecode/code";
import { PyTraceback } from "./traceback";
import { isCodeFromOtherBuild } from "../modules/marshal";
import { runtime } from "./runtime";
import { directCaller, drive, PyCall, Steps } from "./steps";
import { useTracing } from "./trace";
import { fileIdentity } from "./codecache";

/** Compiles and runs module source; provided by interp.ts (which owns compiling). */
export const importHooks = {
  compileSource: null as unknown as (source: string, filename: string, identity?: string) => CodeObject,
  runCode: null as unknown as (code: CodeObject, globals: PyDict) => PyValue,
  registerSource: null as unknown as (filename: string, source: string) => void,
  decodeSource: null as unknown as (data: Uint8Array, filename: string) => string,
};

// ---- the standard library directory ---------------------------------------------------------------

const STDLIB_CANDIDATES = [
  "/usr/lib/python3.11", "/usr/local/lib/python3.11", "/usr/lib64/python3.11", "/opt/python3.11/lib/python3.11",
];

export const MISSING_STDLIB_HINT = "Typhon needs CPython 3.11's standard library (its .py files): install Debian's " +
  "libpython3.11-stdlib (apt-get install libpython3.11-stdlib) or set TYPHON_STDLIB to the directory that holds os.py";

function isStdlibDir(d: string): boolean {
  return existsSync(join(d, "os.py")) && existsSync(join(d, "importlib", "_bootstrap.py"));
}

/** $TYPHON_STDLIB if set (even if wrong: then null), else the first usual place that has the library. */
export function findStdlib(env: NodeJS.ProcessEnv = process.env): string | null {
  const explicit = env.TYPHON_STDLIB;
  if (explicit !== undefined && explicit !== "") return isStdlibDir(explicit) ? explicit.replace(/\/+$/, "") : null;
  for (const d of STDLIB_CANDIDATES) if (isStdlibDir(d)) return d;
  return null;
}

// ---- importlib -------------------------------------------------------------------------------------

let bootstrapModule: PyModule | null = null;
let findAndLoad: PyValue | null = null;
let handleFromlist: PyValue | null = null;
let lockUnlockModule: PyValue | null = null;
let stdlibDir: string | null = null;

const BOOTSTRAP_FILE = "<frozen importlib._bootstrap>";
const EXTERNAL_FILE = "<frozen importlib._bootstrap_external>";

function runSourceModule(name: string, file: string, shownAs: string): PyModule {
  const source = readFileSync(file, "utf8");
  const globals = new PyDict();
  const mod = new PyModule(name, globals);
  globals.set("__name__", name);
  globals.set("__doc__", None);
  globals.set("__package__", "");
  globals.set("__loader__", None);
  globals.set("__spec__", None);
  globals.set("__builtins__", builtinsModule);
  sysModules.set(name, mod);
  importHooks.runCode(importHooks.compileSource(source, shownAs, fileIdentity(file)), globals);
  return mod;
}

/** Runs importlib's bootstrap from the standard library in `dir` and installs its finders. */
export function installImportlib(dir: string): void {
  stdlibDir = dir;
  const boot = runSourceModule("_frozen_importlib", join(dir, "importlib", "_bootstrap.py"), BOOTSTRAP_FILE);
  call(getAttr(boot, "_install"), [sysModule, getImpModule()]);
  const ext = runSourceModule("_frozen_importlib_external", join(dir, "importlib", "_bootstrap_external.py"),
    EXTERNAL_FILE);
  // Typhon's compiled files are __pycache__/<name>.typhon-311.pyc (sys.implementation.cache_tag),
  // holding code objects marshalled in Typhon's own layout, which only the build that wrote them
  // reads: a file written by another Typhon build is compiled again from its source (which the
  // next write replaces), or refused with ImportError when there is no source. No extension modules.
  const cpythonCompileBytecode = getAttr(ext, "_compile_bytecode");
  ext.dict!.set("_compile_bytecode", builtinFunction("_compile_bytecode", (args, kw) => {
    const [data, name, bytecodePath, sourcePath] = parseArgs("_compile_bytecode", args, kw,
      ["data", "name", "bytecode_path", "source_path"], 1);
    const bytes = runtime.bytesData(data!);
    if (bytes !== null && isCodeFromOtherBuild(bytes)) {
      if (sourcePath === undefined || sourcePath === None) {
        const e = call(E.ImportError, [`code object in ${repr(bytecodePath ?? None)} was compiled by another Typhon build`]) as PyBaseException;
        (e.fields ??= {}).name = name ?? None;
        (e.fields ??= {}).path = bytecodePath ?? None;
        throw e;
      }
      const path = strValue(sourcePath);
      if (path === undefined) typeError("source_path must be a string");
      let raw: Uint8Array;
      try {
        raw = new Uint8Array(readFileSync(path));
      } catch {
        raiseError(E.OSError, `cannot read ${path}`);
      }
      const source = importHooks.decodeSource(raw, path);
      return call(builtinsDict.getStr("compile")!, [source, path, "exec", 0, True]);
    }
    return call(cpythonCompileBytecode, args, kw);
  }, "_frozen_importlib_external"));
  ext.dict!.set("EXTENSION_SUFFIXES", new PyList([]));
  call(getAttr(boot, "_install_external_importers"), []);
  installZipHook();
  bootstrapModule = boot;
  findAndLoad = getAttr(boot, "_find_and_load");
  handleFromlist = getAttr(boot, "_handle_fromlist");
  lockUnlockModule = getAttr(boot, "_lock_unlock_module");
}

/**
 * sys.path_hooks[0] as in CPython: zip archives on sys.path are imported from by zipimport's
 * zipimporter. zipimport is only imported when an archive is met: until then the first hook is
 * this function, which refuses directories (ImportError, as zipimporter does) and otherwise puts
 * zipimport.zipimporter in its own place and hands it the path.
 */
function installZipHook(): void {
  const hooks = sysDict.getStr("path_hooks");
  if (!(hooks instanceof PyList)) return;
  const hook: PyValue = builtinFunction("zipimporter", (args, kw) => {
    checkArgs("zipimporter", args, kw, 1, 1, 0);
    const path = strValue(args[0]);
    if (path !== undefined && !inZipFile(path)) {
      const e = call(E.ImportError, ["not a Zip file"]) as PyBaseException;
      (e.fields ??= {}).path = path;
      throw e;
    }
    const zipimporter = getAttr(zipimportModule(), "zipimporter");
    const list = sysDict.getStr("path_hooks");
    if (list instanceof PyList) {
      const i = list.items.indexOf(hook);
      if (i >= 0) list.items[i] = zipimporter;
    }
    return call(zipimporter, args);
  }, "zipimport");
  hooks.items.unshift(hook);
}

/**
 * The zipimport module, loaded from the standard library's file (as CPython has it frozen): an
 * import through sys.path would come back to the hook asking for it.
 */
function zipimportModule(): PyValue {
  const have = sysModules.getStr("zipimport");
  if (have !== undefined && have !== None) return have;
  const ext = sysModules.getStr("_frozen_importlib_external")!;
  const spec = call(getAttr(ext, "spec_from_file_location"), ["zipimport", join(stdlibDir!, "zipimport.py")]);
  return call(getAttr(bootstrapModule!, "_load"), [spec]);
}

/** Whether `path` or the nearest of its ancestors that exists is a file (a zip archive, perhaps). */
function inZipFile(path: string): boolean {
  let p = path;
  for (;;) {
    try {
      return statSync(p).isFile();
    } catch {
      const up = dirname(p);
      if (up === p || p === "") return false;
      p = up;
    }
  }
}

/** A module's repr as importlib makes it (from its spec and loader), or null before importlib. */
export function moduleRepr(m: PyModule): string | null {
  if (bootstrapModule === null) return null;
  const r = call(getAttr(bootstrapModule, "_module_repr"), [m]);
  return strValue(r) ?? null;
}

// ---- __import__ ------------------------------------------------------------------------------------

function builtinImport(): PyValue {
  return builtinsDict.getStr("__import__") ?? None;
}

/** The package a relative import in `globals` is relative to (CPython's resolve_name). */
function resolveName(name: string, globals: PyValue, level: number): string {
  if (!(globals instanceof PyDict)) {
    if (globals === None) raiseError(E.KeyError, "'__name__' not in globals");
    typeError("globals must be a dict");
  }
  let pkg: PyValue | undefined = globals.getStr("__package__");
  const spec = globals.getStr("__spec__");
  if (pkg !== undefined && pkg !== None) {
    if (strValue(pkg) === undefined) typeError("package must be a string");
    if (spec !== undefined && spec !== None && !richCompareBool(pkg, getAttr(spec, "parent"), Cmp.EQ)) {
      warn("__package__ != __spec__.parent", E.excTypes["ImportWarning"], 1);
    }
  } else if (spec !== undefined && spec !== None) {
    pkg = getAttr(spec, "parent");
    if (strValue(pkg) === undefined) typeError("__spec__.parent must be a string");
  } else {
    warn("can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
      E.excTypes["ImportWarning"], 1);
    const modName = globals.getStr("__name__");
    if (modName === undefined) raiseError(E.KeyError, "'__name__' not in globals");
    if (strValue(modName) === undefined) typeError("__name__ must be a string");
    const n = strValue(modName)!;
    pkg = globals.getStr("__path__") !== undefined ? n : n.slice(0, Math.max(0, n.lastIndexOf(".")));
  }
  const p = strValue(pkg)!;
  if (p === "") raiseError(E.ImportError, "attempted relative import with no known parent package");
  let base = p;
  for (let i = 1; i < level; i++) {
    const dot = base.lastIndexOf(".");
    if (dot < 0) raiseError(E.ImportError, "attempted relative import beyond top-level package");
    base = base.slice(0, dot);
  }
  return name === "" ? base : `${base}.${name}`;
}

function isInitializing(mod: PyValue): boolean {
  const spec = getAttrOpt(mod, "__spec__");
  if (spec === undefined || spec === None) return false;
  const init = getAttrOpt(spec, "_initializing");
  return init !== undefined && truthy(init);
}

/** The module `absName`, loaded by importlib if it is not in sys.modules (CPython's import_get_module and friends). */
function* loadModule(absName: string): Steps {
  const mod = sysModules.getStr(absName);
  if (mod !== undefined && mod !== None) {
    // Being imported by another thread: wait for it (import_ensure_initialized).
    if (lockUnlockModule !== null && isInitializing(mod)) yield new PyCall(lockUnlockModule, [absName]);
    return mod;
  }
  if (findAndLoad !== null) return yield new PyCall(findAndLoad, [absName, builtinImport()]);
  return loadPlainModule(absName);
}

/**
 * Drops importlib's own frames from the traceback of an exception leaving an import, as CPython
 * does: all of them for ImportError, else the runs of them that end in _call_with_frames_removed
 * (the frames between the importer and the imported module's code).
 */
function removeImportlibFrames(e: unknown): void {
  if (!(e instanceof PyBaseException) || bootstrapModule === null) return;
  const always = e.cls === E.ImportError || e.cls.isSubtypeOf(E.ImportError);
  const entries: PyTraceback[] = [];
  for (let tb = e.traceback; tb instanceof PyTraceback; tb = tb.next) entries.push(tb);
  const kept: PyTraceback[] = [];
  let chunkStart = -1;
  let inImportlib = false;
  for (const tb of entries) {
    const f = tb.frame.code.filename;
    const now = f === BOOTSTRAP_FILE || f === EXTERNAL_FILE;
    if (now && !inImportlib) chunkStart = kept.length;
    inImportlib = now;
    kept.push(tb);
    if (now && (always || tb.frame.code.name === "_call_with_frames_removed")) kept.length = chunkStart;
  }
  if (kept.length === entries.length) return;
  let next: PyValue = None;
  for (let i = kept.length - 1; i >= 0; i--) {
    kept[i].next = next;
    next = kept[i];
  }
  e.traceback = next;
}

/**
 * builtins.__import__ (CPython's PyImport_ImportModuleLevelObject) for native code: importlib's
 * frames run nested (vm/steps.ts).
 */
export function importModuleLevel(name: PyValue, globals: PyValue, fromlist: PyValue, level: number): PyValue {
  return drive(importSteps(name, globals, fromlist, level), null);
}

/**
 * builtins.__import__ called with `args`: importlib's frames are pushed on the eval loop when
 * Python code called it directly (as importlib's _handle_fromlist does), so that an import
 * waiting for another thread's never pins the thread.
 */
export function importBuiltin(name: PyValue, globals: PyValue, fromlist: PyValue, level: number,
                              args?: readonly PyValue[]): PyValue {
  const caller = args === undefined ? null : directCaller(builtinImportFunction, args);
  return drive(importSteps(name, globals, fromlist, level), caller);
}

/** An import as steps: importlib's functions are the Python calls. */
function* importSteps(name: PyValue, globals: PyValue, fromlist: PyValue, level: number): Steps {
  try {
    return yield* importLevelSteps(name, globals, fromlist, level);
  } catch (e) {
    removeImportlibFrames(e);
    throw e;
  }
}

function* importLevelSteps(name: PyValue, globals: PyValue, fromlist: PyValue, level: number): Steps {
  const n = strValue(name);
  if (n === undefined) typeError("module name must be a string");
  if (level < 0) raiseError(E.ValueError, "level must be >= 0");
  let absName: string;
  if (level > 0) absName = resolveName(n, globals, level);
  else {
    if (n === "") raiseError(E.ValueError, "Empty module name");
    absName = n;
  }
  const mod = yield* loadModule(absName);
  const hasFrom = fromlist !== None && fromlist !== undefined && truthy(fromlist);
  if (!hasFrom) {
    if (level === 0 || n.length > 0) {
      const dot = n.indexOf(".");
      if (dot < 0) return mod;
      if (level === 0) return yield* importSteps(n.slice(0, dot), None, None, 0);
      const cut = n.length - dot;
      const top = absName.slice(0, absName.length - cut);
      const m = sysModules.getStr(top);
      if (m === undefined) raiseError(E.KeyError, `'${top}' not in sys.modules as expected`);
      return m;
    }
    return mod;
  }
  if (getAttrOpt(mod, "__path__") !== undefined) {
    if (handleFromlist !== null) return yield new PyCall(handleFromlist, [mod, fromlist, builtinImport()]);
    for (const item of toArray(fromlist)) {
      const s = strValue(item);
      if (s === undefined || s === "*") continue;
      if (getAttrOpt(mod, s) === undefined) {
        try {
          loadPlainModule(`${absName}.${s}`);
        } catch (e) {
          if (!(e instanceof PyBaseException && e.cls === E.ModuleNotFoundError)) throw e;
        }
      }
    }
  }
  return mod;
}

/**
 * IMPORT_NAME in `frame`: calls builtins.__import__ if a program replaced it, else imports. The
 * Python functions called (importlib's, or the replacement) run as frames pushed on the eval
 * loop (throws FRAME_PUSHED; vm/steps.ts).
 */
export function importName(frame: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const imp = frame.builtins.getStr("__import__");
  const lv = Number(intValue(level) ?? 0);
  if (imp === undefined) raiseError(E.ImportError, "__import__ not found");
  if (imp !== builtinImportFunction) return drive(oneCall(imp, [name, frame.globals, frame.locals ?? None, fromlist, lv]), pushOn(frame));
  if (lv === 0 && fromlist === None) {
    // The fast path of `import x` when x is loaded.
    const m = sysModules.getStr(name);
    if (m !== undefined && m !== None && !name.includes(".") && (lockUnlockModule === null || !isInitializing(m))) return m;
  }
  return drive(importSteps(name, frame.globals, fromlist, lv), pushOn(frame));
}

/**
 * The frame to push importlib's frames above: IMPORT_NAME's own, except while tracing (frames
 * pushed under a trace function hang test_import's test_concurrency: not understood yet).
 */
function pushOn(frame: Frame): Frame | null {
  // A frame run by compiled code (vm/baseline/) is on the JS stack: its imports run nested.
  return useTracing || frame.compiled ? null : frame;
}

function* oneCall(fn: PyValue, args: PyValue[]): Steps {
  return yield new PyCall(fn, args);
}

let builtinImportFunction: PyValue = None;
export function setBuiltinImport(f: PyValue): void {
  builtinImportFunction = f;
}

/** The module's __name__ (an attribute: sys.modules may hold any object). */
function moduleName(mod: PyValue): string | undefined {
  const n = getAttrOpt(mod, "__name__");
  return n === undefined ? undefined : strValue(n);
}

/** IMPORT_FROM (CPython's import_from): the attribute, else the submodule, else ImportError. */
export function importFrom(mod: PyValue, name: string): PyValue {
  const v = getAttrOpt(mod, name);
  if (v !== undefined) return v;
  const pkgName = moduleName(mod);
  if (pkgName !== undefined) {
    const sub = sysModules.getStr(`${pkgName}.${name}`);
    if (sub !== undefined && sub !== None) return sub;
  }
  const shown = pkgName ?? "<unknown module name>";
  let file: string | undefined;
  if (mod instanceof PyObject && mod.dict !== null) file = strValue(mod.dict.getStr("__file__") ?? None);
  let msg: string;
  if (pkgName !== undefined && isInitializing(mod)) {
    msg = `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${file ?? "unknown location"})`;
  } else {
    msg = `cannot import name '${name}' from '${shown}' (${file ?? "unknown location"})`;
  }
  const e = call(E.ImportError, [msg]) as PyBaseException;
  (e.fields ??= {}).name = pkgName ?? None;
  (e.fields ??= {}).path = file ?? None;
  throw e;
}

/** `from mod import *`: the names in __all__, else the public names of __dict__. */
export function importStar(frame: Frame, mod: PyValue): void {
  const all = getAttrOpt(mod, "__all__");
  let names: PyValue[];
  let fromAll = true;
  if (all !== undefined) names = toArray(all);
  else {
    fromAll = false;
    const d = getAttrOpt(mod, "__dict__");
    if (d === undefined) raiseError(E.ImportError, "from-import-* object has no __dict__ and no __all__");
    names = toArray(d);
  }
  for (const n of names) {
    const s = strValue(n);
    if (s === undefined) {
      const where = fromAll ? `${moduleName(mod) ?? "module"}.__all__` : `${moduleName(mod) ?? "module"}.__dict__`;
      typeError(`${fromAll ? "Item" : "Key"} in ${where} must be str, not ${typeName(n)}`);
    }
    if (!fromAll && s.startsWith("_")) continue;
    const v = getAttr(mod, s);
    if (frame.locals instanceof PyDict) frame.locals.set(s, v);
    else setItem(frame.locals!, s, v);
  }
}

// ---- without a standard library --------------------------------------------------------------------

function notFound(name: string, hint = ""): never {
  const e = call(E.ModuleNotFoundError, [`No module named '${name}'${hint}`]) as PyBaseException;
  (e.fields ??= {}).name = name;
  throw e;
}

function findModuleFile(name: string): string | null {
  const rel = join(...name.split("."));
  const sysPath = sysDict.getStr("path");
  const dirs = sysPath instanceof PyList ? sysPath.items.map((p) => strValue(p) ?? "") : [];
  for (const d of dirs) {
    const base = d === "" ? process.cwd() : d;
    const f = join(base, rel + ".py");
    if (existsSync(f)) return f;
    const pkg = join(base, rel, "__init__.py");
    if (existsSync(pkg)) return pkg;
  }
  return null;
}

/** The interim loader: native modules, then .py files and packages on sys.path. */
function loadPlainModule(name: string): PyValue {
  const existing = sysModules.getStr(name);
  if (existing !== undefined && existing !== None) return existing;
  const dot = name.lastIndexOf(".");
  if (dot > 0) loadPlainModule(name.slice(0, dot));
  const native = createNativeModule(name);
  if (native !== null) {
    sysModules.set(name, native);
    return native;
  }
  const file = findModuleFile(name);
  if (file === null) {
    notFound(name, stdlibDir === null ? ` (${MISSING_STDLIB_HINT})` : "");
  }
  const globals = new PyDict();
  const mod = new PyModule(name, globals);
  const isPkg = file.endsWith("__init__.py");
  globals.set("__name__", name);
  globals.set("__file__", file);
  globals.set("__doc__", None);
  globals.set("__package__", isPkg ? name : name.slice(0, Math.max(0, dot)));
  globals.set("__loader__", None);
  globals.set("__spec__", None);
  globals.set("__builtins__", builtinsModule);
  if (isPkg) globals.set("__path__", new PyList([dirname(file)]));
  sysModules.set(name, mod);
  try {
    const source = importHooks.decodeSource(new Uint8Array(readFileSync(file)), file);
    importHooks.registerSource(file, source);
    importHooks.runCode(importHooks.compileSource(source, file), globals);
  } catch (e) {
    sysModules.delete(name);
    throw e;
  }
  const result = sysModules.getStr(name) ?? mod;
  if (dot > 0) {
    const parent = sysModules.getStr(name.slice(0, dot));
    if (parent instanceof PyObject && parent.dict !== null) parent.dict.set(name.slice(dot + 1), result);
  }
  return result;
}

// ---- _imp --------------------------------------------------------------------------------------------

let importLockCount = 0;

function getImpModule(): PyValue {
  let m = sysModules.getStr("_imp");
  if (m === undefined) {
    m = createNativeModule("_imp")!;
    sysModules.set("_imp", m);
  }
  return m;
}

function fixCoFilename(code: CodeObject, oldName: string, newName: string): void {
  if (code.filename !== oldName) return;
  code.filename = newName;
  for (const c of code.consts) if (c instanceof CodeObject) fixCoFilename(c, oldName, newName);
}

defineModule("_imp", (d) => {
  defFunctions(d, "_imp", {
    lock_held: () => (importLockCount > 0 ? True : False),
    acquire_lock: () => {
      importLockCount++;
      return None;
    },
    release_lock: () => {
      if (importLockCount === 0) raiseError(E.RuntimeError, "not holding the import lock");
      importLockCount--;
      return None;
    },
    is_builtin: (args, kw) => {
      checkArgs("is_builtin", args, kw, 1, 1, 0);
      const n = strValue(args[0]);
      if (n === undefined) typeError(`is_builtin() argument must be str, not ${typeName(args[0])}`);
      if (n === "sys" || n === "builtins") return -1;
      return isNativeModule(n) ? 1 : 0;
    },
    create_builtin: (args, kw) => {
      checkArgs("create_builtin", args, kw, 1, 1, 0);
      const n = strValue(getAttr(args[0], "name"));
      if (n === undefined) typeError("name must be string");
      if (n === "sys") return sysModule;
      if (n === "builtins") return builtinsModule;
      const existing = sysModules.getStr(n);
      if (n === "_imp" && existing !== undefined) return existing;
      const m = createNativeModule(n);
      if (m === null) raiseError(E.ImportError, `no built-in module named ${n}`);
      return m;
    },
    exec_builtin: () => 0,
    create_dynamic: (args) => {
      const n = strValue(getAttrOpt(args[0], "name") ?? None) ?? "?";
      const e = call(E.ImportError, [`Typhon cannot load compiled extension modules ('${n}')`]) as PyBaseException;
      (e.fields ??= {}).name = n;
      throw e;
    },
    exec_dynamic: () => 0,
    is_frozen: () => False,
    is_frozen_package: () => False,
    find_frozen: () => None,
    get_frozen_object: (args) => raiseError(E.ImportError, `No such frozen object named ${strValue(args[0]) ?? "?"}`),
    init_frozen: () => None,
    _frozen_module_names: () => new PyTuple([]),
    _override_frozen_modules_for_tests: () => None,
    extension_suffixes: () => new PyList([]),
    _fix_co_filename: (args, kw) => {
      checkArgs("_fix_co_filename", args, kw, 2, 2, 0);
      const code = args[0];
      const path = strValue(args[1]);
      if (!(code instanceof PyCode)) typeError(`_fix_co_filename() argument 1 must be code, not ${typeName(code)}`);
      if (path === undefined) typeError(`_fix_co_filename() argument 2 must be str, not ${typeName(args[1])}`);
      fixCoFilename(code.code, code.code.filename, path);
      return None;
    },
    source_hash: (args) => {
      const key = BigInt(intValue(args[0]) ?? 0);
      const src = args[1] instanceof PyBytes ? args[1].data : new Uint8Array();
      // A keyed 64-bit FNV-1a: only Typhon reads what it writes (no hash-based .pyc files).
      let h = 0xcbf29ce484222325n ^ BigInt.asUintN(64, key);
      for (const b of src) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
      const out = new Uint8Array(8);
      for (let i = 0; i < 8; i++) out[i] = Number((h >> BigInt(8 * i)) & 0xffn);
      return new PyBytes(out);
    },
  });
  d.set("check_hash_based_pycs", "never");
}, "(Extremely) low-level import machinery bits as used by importlib.");
