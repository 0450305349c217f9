// _warnings: the warnings machinery CPython keeps in C (Python/_warnings.c): the filter list,
// warn() and warn_explicit(). The pure-Python warnings module takes these objects over
// (`filters`, `_defaultaction`, `_onceregistry`), so it does not install its own defaults (and
// does not import re at start-up). While `warnings` is not imported, a warning is printed
// here; afterwards warnings._showwarnmsg shows it (so showwarning can be replaced).

import { call, getAttr, getAttrOpt, intValue, isInstance, issubclass, str, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { None, PyList, PyTuple, PyType, PyValue, True, typeOf } from "../objects/types";
import { topFrame } from "../vm/eval";
import type { Frame } from "../vm/frame";
import { frameLineno } from "../vm/frameobj";
import { sourceLineOf } from "../vm/traceback";
import { defFunctions, defineModule } from "./registry";
import { sysModules } from "./sys";
import { sysStreams, writeTo } from "./sysio";
import { runtime } from "../vm/runtime";

const filters = new PyList([
  new PyTuple(["default", None, E.excTypes["DeprecationWarning"], "__main__", 0]),
  new PyTuple(["ignore", None, E.excTypes["DeprecationWarning"], None, 0]),
  new PyTuple(["ignore", None, E.excTypes["PendingDeprecationWarning"], None, 0]),
  new PyTuple(["ignore", None, E.excTypes["ImportWarning"], None, 0]),
  new PyTuple(["ignore", None, E.excTypes["ResourceWarning"], None, 0]),
]);
const onceRegistry = new PyDict();
let filtersVersion = 1;

/** The warnings module if imported: its attributes win over ours (programs assign to them). */
function warningsAttr(name: string): PyValue | undefined {
  const m = sysModules.getStr("warnings");
  if (m === undefined || m === None) return undefined;
  return getAttrOpt(m, name);
}

function matches(pattern: PyValue, text: string): boolean {
  if (pattern === None) return true;
  if (typeof pattern === "string") return pattern === text;
  return truthy(call(getAttr(pattern, "match"), [text]));
}

function findAction(category: PyType, text: string, lineno: number, module: string): [string, PyValue] {
  const fl = warningsAttr("filters") ?? filters;
  if (!(fl instanceof PyList)) raiseError(E.ValueError, "_warnings.filters must be a list");
  for (const item of fl.items) {
    if (!(item instanceof PyTuple) || item.items.length !== 5) {
      raiseError(E.ValueError, `_warnings.filters item ${fl.items.indexOf(item)} isn't a 5-tuple`);
    }
    const [action, msg, cat, mod, ln] = item.items;
    const a = strValue(action);
    if (a === undefined) typeError(`action must be a string, not '${typeName(action)}'`);
    if (!matches(msg, text)) continue;
    if (!issubclass(category, cat)) continue;
    if (!matches(mod, module)) continue;
    const l = Number(intValue(ln) ?? 0);
    if (l !== 0 && l !== lineno) continue;
    return [a, item];
  }
  const dflt = warningsAttr("defaultaction") ?? "default";
  const d = strValue(dflt);
  if (d === undefined) typeError(`_warnings.defaultaction must be a string, not '${typeName(dflt)}'`);
  return [d, None];
}

function alreadyWarned(registry: PyDict, key: PyValue, record: boolean): boolean {
  const version = registry.getStr("version");
  if (version === undefined || intValue(version) !== filtersVersion) {
    registry.clear();
    registry.set("version", filtersVersion);
  } else if (registry.get(key) !== undefined && truthy(registry.get(key)!)) return true;
  if (record) registry.set(key, True);
  return false;
}

function showWarning(message: PyValue, category: PyType, filename: string, lineno: number, source: PyValue): void {
  const show = warningsAttr("_showwarnmsg");
  const msgCls = warningsAttr("WarningMessage");
  if (show !== undefined && msgCls !== undefined) {
    if (typeOf(show).lookup("__call__") === undefined) typeError("warnings._showwarnmsg() must be set to a callable");
    call(show, [call(msgCls, [message, category, filename, lineno, None, None, source])]);
    return;
  }
  const err = sysStreams.get("stderr");
  if (err === None) return;
  let text = `${filename}:${lineno}: ${category.name}: ${str(message)}\n`;
  const line = sourceLineOf(filename, lineno);
  if (line !== null) text += `  ${line.trim()}\n`;
  writeTo(err, text);
}

export function warnExplicit(message: PyValue, category: PyValue, filename: string, lineno: number,
                             module: string | null, registry: PyValue, source: PyValue = None): void {
  if (registry !== None && !(registry instanceof PyDict)) typeError("'registry' must be a dict or None");
  const mod = module ?? (filename.endsWith(".py") ? filename.slice(0, -3) : filename);
  let cat: PyType;
  if (isInstance(message, E.Warning)) {
    cat = typeOf(message);
  } else {
    if (!(category instanceof PyType)) typeError(`category must be a Warning subclass, not '${typeName(category)}'`);
    cat = category;
    message = call(cat, [message]);
  }
  const text = str(message);
  const key = new PyTuple([text, cat, lineno]);
  if (registry instanceof PyDict && alreadyWarned(registry, key, false)) return;
  const [action, item] = findAction(cat, text, lineno, mod);
  if (action === "error") throw message;
  if (action === "ignore") {
    if (registry instanceof PyDict) registry.set(key, True);
    return;
  }
  if (action === "once") {
    if (registry instanceof PyDict) registry.set(key, True);
    const once = warningsAttr("_onceregistry") ?? onceRegistry;
    const oncekey = new PyTuple([text, cat]);
    if (once instanceof PyDict) {
      if (once.get(oncekey) !== undefined) return;
      once.set(oncekey, True);
    }
  } else if (action === "module") {
    if (registry instanceof PyDict) {
      registry.set(key, True);
      const alt = new PyTuple([text, cat, 0]);
      if (registry.get(alt) !== undefined) return;
      registry.set(alt, True);
    }
  } else if (action === "default") {
    if (registry instanceof PyDict) registry.set(key, True);
  } else if (action !== "always") {
    raiseError(E.RuntimeError, `Unrecognized action ('${action}') in warnings.filters:\n ${str(item)}`);
  }
  showWarning(message, cat, filename, lineno, source);
}

function isInternalFrame(f: Frame): boolean {
  const fn = f.code.filename;
  return fn.includes("importlib") && fn.includes("_bootstrap");
}

/** warn(): the caller's frame `stacklevel` levels up gives filename, line, module and registry. */
export function warn(message: PyValue, category: PyValue, stacklevel: number, source: PyValue = None): void {
  if (isInstance(message, E.Warning)) category = typeOf(message);
  else if (category === None) category = E.excTypes["UserWarning"];
  else if (!(category instanceof PyType) || !issubclass(category, E.Warning)) {
    typeError(`category must be a Warning subclass, not '${typeName(category)}'`);
  }
  let f: Frame | null = topFrame;
  // Skip importlib's own frames when counting (CPython's _is_internal_frame).
  if (stacklevel <= 0 || (f !== null && isInternalFrame(f))) stacklevel = Math.max(stacklevel, 1);
  while (--stacklevel > 0 && f !== null) {
    f = f.back;
    while (f !== null && isInternalFrame(f)) f = f.back;
  }
  let globals: PyDict;
  let filename: string;
  let lineno: number;
  if (f === null) {
    const s = sysModules.getStr("sys");
    globals = (s !== undefined && s !== None && (s as { dict?: PyDict }).dict) || new PyDict();
    filename = "sys";
    lineno = 1;
  } else {
    globals = f.globals;
    filename = f.code.filename;
    lineno = frameLineno(f) ?? 0;
  }
  let registry = globals.getStr("__warningregistry__");
  if (registry === undefined || registry === None) {
    registry = new PyDict();
    globals.set("__warningregistry__", registry);
  }
  const modName = globals.getStr("__name__");
  const module = modName !== undefined && strValue(modName) !== undefined ? strValue(modName)! : "<string>";
  warnExplicit(message, category, filename, lineno, module, registry, source);
}

// The object layer's warnings (int() conversions and the like) go through here.
runtime.warn = (category, message) => warn(message, E.excTypes[category], 1);

defineModule("_warnings", (d) => {
  d.set("filters", filters);
  d.set("_defaultaction", "default");
  d.set("_onceregistry", onceRegistry);
  defFunctions(d, "_warnings", {
    warn: (args, kw) => {
      const [message, category, stacklevel, source] = parseArgs("warn", args, kw,
        ["message", "category", "stacklevel", "source"], 1);
      const level = stacklevel === undefined ? 1 : Number(intValue(stacklevel) ?? 1);
      warn(message!, category ?? None, level, source ?? None);
      return None;
    },
    warn_explicit: (args, kw) => {
      const [message, category, filename, lineno, module, registry, moduleGlobals, source] = parseArgs("warn_explicit",
        args, kw, ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"], 4);
      void moduleGlobals;
      const fn = strValue(filename!);
      if (fn === undefined) typeError(`warn_explicit() argument 'filename' must be str, not ${typeName(filename!)}`);
      const ln = intValue(lineno!);
      if (ln === undefined) typeError(`'${typeName(lineno!)}' object cannot be interpreted as an integer`);
      const m = module === undefined || module === None ? null : strValue(module) ?? null;
      warnExplicit(message!, category!, fn, Number(ln), m, registry ?? None, source ?? None);
      return None;
    },
    _filters_mutated: () => {
      filtersVersion++;
      return None;
    },
  });
}, "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.");

