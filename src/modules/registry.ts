// The table of native modules (CPython's built-in modules: math, _io, itertools, ...).
//
// Each module lives in its own file in src/modules/ and registers itself with defineModule()
// when src/modules/index.ts imports it. The import system asks this table first
// (`sys.builtin_module_names`, `_imp.create_builtin`); a module object is made on first import
// by running its init function on a fresh module namespace.

import { computeMro, PyType, TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { NativeFn, None, objectType, PyBuiltinFunction, PyModule, PyValue, typeType } from "../objects/types";

/** Fills a new module's namespace (`__name__` and the other module attributes are set already). */
export type ModuleInit = (dict: PyDict, module: PyModule) => void;

/**
 * `first` holds the namespace a module's init produced the first time: a module imported again
 * (importlib's import_fresh_module, `del sys.modules[name]`) is a new module object with the same
 * contents. Inits keep their types and state in file-level variables, which a second run would
 * replace under the first module's functions (struct.error raised by struct.pack would no longer
 * be the struct.error the struct module exported).
 */
const table = new Map<string, { init: ModuleInit; doc: string | null; first: [PyValue, PyValue][] | null }>();

/** Registers a native module. Called at load time by each module file. */
export function defineModule(name: string, init: ModuleInit, doc: string | null = null): void {
  if (table.has(name)) throw new Error(`native module '${name}' defined twice`);
  table.set(name, { init, doc, first: null });
}

export function isNativeModule(name: string): boolean {
  return table.has(name);
}

/** The names of all native modules, sorted (`sys.builtin_module_names` adds builtins and sys). */
export function nativeModuleNames(): string[] {
  return [...table.keys()].sort();
}

/** Makes a fresh module object for a native module, or null if there is no such module. */
export function createNativeModule(name: string): PyModule | null {
  const def = table.get(name);
  if (def === undefined) return null;
  const dict = new PyDict();
  const mod = new PyModule(name, dict);
  dict.set("__name__", name);
  dict.set("__doc__", def.doc ?? None);
  dict.set("__package__", "");
  dict.set("__loader__", None);
  dict.set("__spec__", None);
  if (def.first !== null) {
    for (const [k, v] of def.first) dict.set(k, v);
    return mod;
  }
  def.init(dict, mod);
  def.first = [...dict.entries()];
  return mod;
}

/**
 * A new native type for a module (`itertools.count`): `__module__` is the module's name, and
 * `base` (object by default) is the native base whose instance layout it extends. Flags default
 * to BASETYPE (subclassable); pass 0 for a final type.
 */
export function nativeType(module: string, name: string, base: PyType = objectType,
                           flags: number = TypeFlag.BASETYPE): PyType {
  const t = new PyType(typeType, name, [base], flags);
  t.base = base;
  t.mro = computeMro(t);
  base.subclasses.push(t);
  t.flags |= base.flags & (TypeFlag.INT_SUBCLASS | TypeFlag.LIST_SUBCLASS | TypeFlag.TUPLE_SUBCLASS |
    TypeFlag.STR_SUBCLASS | TypeFlag.DICT_SUBCLASS | TypeFlag.EXC_SUBCLASS | TypeFlag.TYPE_SUBCLASS |
    TypeFlag.SEQUENCE | TypeFlag.MAPPING);
  if (module !== "builtins") t.ns.set("__module__", module);
  t.ns.set("__doc__", None); // replaced by the type's docstring if it has one (PyType_Ready)
  return t;
}

/** Puts native functions into a module namespace, as builtin functions of that module. */
export function defFunctions(dict: PyDict, module: string, fns: Record<string, NativeFn>): void {
  for (const name of Object.keys(fns)) dict.set(name, new PyBuiltinFunction(name, fns[name], null, name, null, module));
}

/** One native function of a module, for storing elsewhere than in the namespace. */
export function moduleFunction(module: string, name: string, fn: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, null, name, null, module);
}

export type { PyValue };
