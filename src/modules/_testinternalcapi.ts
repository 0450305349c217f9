// _testinternalcapi: the two questions CPython's own tests ask the interpreter about itself that
// Typhon can answer truthfully.
//
// CPython's test.support decorates whole test classes with requires_debug_ranges(), which imports
// this module and reads get_config()['code_debug_ranges']; without the module the decorator raises
// SkipTest while the test module is being imported (test_traceback, test_marshal, ...). test_sys
// and test_exceptions compare sys.setrecursionlimit() against get_recursion_depth().
//
// Only what Typhon really has is here: get_config() describes Typhon's own configuration (read
// from the sys module when called), get_recursion_depth() is the Python call depth the recursion
// limit is checked against. Nothing describing CPython's memory layout (SIZEOF_PYGC_HEAD) or its
// C internals: tests that need those fail, as they should. See docs/testinternalcapi.md.

import { codeConfig } from "../bytecode/code";
import { getAttrOpt, intValue, truthy } from "../objects/abstract";
import { PyDict } from "../objects/pydict";
import { None, PyList, PyValue } from "../objects/types";
import { depth } from "../vm/eval";
import { checkArgs } from "../objects/native";
import { defFunctions, defineModule } from "./registry";
import { sysDict } from "./sys";

function sysAttr(name: string): PyValue {
  return sysDict.getStr(name) ?? None;
}

function flag(name: string): number {
  const flags = sysDict.getStr("flags");
  const v = flags === undefined ? undefined : getAttrOpt(flags, name);
  if (v === undefined) return 0;
  return Number(intValue(v) ?? (truthy(v) ? 1 : 0));
}

function copyList(v: PyValue): PyValue {
  return v instanceof PyList ? new PyList(v.items.slice()) : new PyList([]);
}

function streamAttr(stream: string, attr: string): PyValue {
  const s = sysDict.getStr(stream);
  if (s === undefined || s === None) return None;
  return getAttrOpt(s, attr) ?? None;
}

/** PyConfig as a dict, for the fields that mean something in Typhon (current values from sys). */
function getConfig(): PyDict {
  const d = new PyDict();
  // Typhon keeps each instruction's column range (co_positions, carets in tracebacks) unless
  // -X no_debug_ranges or PYTHONNODEBUGRANGES said not to.
  d.set("code_debug_ranges", codeConfig.debugRanges ? 1 : 0);
  d.set("isolated", flag("isolated"));
  d.set("use_environment", flag("ignore_environment") ? 0 : 1);
  d.set("dev_mode", flag("dev_mode"));
  d.set("site_import", flag("no_site") ? 0 : 1);
  d.set("bytes_warning", flag("bytes_warning"));
  d.set("warn_default_encoding", flag("warn_default_encoding"));
  d.set("inspect", flag("inspect"));
  d.set("interactive", flag("interactive"));
  d.set("optimization_level", flag("optimize"));
  d.set("parser_debug", flag("debug"));
  d.set("write_bytecode", flag("dont_write_bytecode") ? 0 : 1);
  d.set("verbose", flag("verbose"));
  d.set("quiet", flag("quiet"));
  d.set("user_site_directory", flag("no_user_site") ? 0 : 1);
  d.set("safe_path", flag("safe_path"));
  d.set("int_max_str_digits", flag("int_max_str_digits"));
  d.set("filesystem_encoding", "utf-8");
  d.set("filesystem_errors", "surrogateescape");
  d.set("stdio_encoding", streamAttr("stdout", "encoding"));
  d.set("stdio_errors", streamAttr("stdout", "errors"));
  d.set("pycache_prefix", sysAttr("pycache_prefix"));
  d.set("argv", copyList(sysAttr("argv")));
  d.set("orig_argv", copyList(sysAttr("orig_argv")));
  d.set("warnoptions", copyList(sysAttr("warnoptions")));
  // PyConfig keeps -X options as "name" or "name=value" strings.
  const xo = sysAttr("_xoptions");
  const xoptions: PyValue[] = [];
  if (xo instanceof PyDict) {
    for (const [k, v] of xo.entries()) xoptions.push(typeof v === "string" ? `${String(k)}=${v}` : String(k));
  }
  d.set("xoptions", new PyList(xoptions));
  d.set("module_search_paths", copyList(sysAttr("path")));
  d.set("executable", sysAttr("executable"));
  d.set("base_executable", sysAttr("_base_executable"));
  d.set("prefix", sysAttr("prefix"));
  d.set("base_prefix", sysAttr("base_prefix"));
  d.set("exec_prefix", sysAttr("exec_prefix"));
  d.set("base_exec_prefix", sysAttr("base_exec_prefix"));
  d.set("platlibdir", sysAttr("platlibdir"));
  d.set("stdlib_dir", sysAttr("_stdlib_dir"));
  // What Typhon does not have: no refcounts to show or dump, no malloc statistics, no tracemalloc.
  d.set("show_ref_count", 0);
  d.set("dump_refs", 0);
  d.set("malloc_stats", 0);
  d.set("tracemalloc", 0);
  return d;
}

defineModule("_testinternalcapi", (d) => {
  defFunctions(d, "_testinternalcapi", {
    get_config: (args, kw) => {
      checkArgs("_testinternalcapi.get_config", args, kw, 0, 0, 0);
      return getConfig();
    },
    // The frames the recursion limit counts, this call's caller included (CPython counts the same
    // way: 1 at module level, 2 in a function called from there).
    get_recursion_depth: (args, kw) => {
      checkArgs("_testinternalcapi.get_recursion_depth", args, kw, 0, 0, 0);
      return depth;
    },
  });
});
