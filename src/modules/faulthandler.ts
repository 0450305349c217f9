// faulthandler: dumping the Python tracebacks of the threads on demand (dump_traceback). Typhon
// cannot crash with a fatal signal the way CPython's C code can, so enable() only records the
// setting, and the watchdog (dump_traceback_later) and register() are accepted and do nothing.

import { writeSync } from "fs";
import { call, getAttrOpt, intValue, truthy } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError } from "../objects/exceptions";
import { parseArgs } from "../objects/native";
import { False, None, PyValue, True } from "../objects/types";
import { topFrame } from "../vm/eval";
import { Frame } from "../vm/frame";
import { current, threads } from "../vm/threads";
import { defFunctions, defineModule } from "./registry";
import { flushStd, sysStreams } from "./sysio";

let enabled = false;

/** The file descriptor of a file argument (sys.stderr when None or absent). */
function fdOf(file: PyValue | undefined): number {
  if (file === undefined || file === None) file = sysStreams.get("stderr");
  if (file === None) raiseError(E.RuntimeError, "sys.stderr is None");
  const n = intValue(file);
  if (n !== undefined) {
    if (Number(n) < 0) raiseError(E.ValueError, "file is not a valid file descriptor");
    return Number(n);
  }
  const fileno = getAttrOpt(file, "fileno");
  if (fileno === undefined) raiseError(E.AttributeError, "'" + "object" + "' object has no attribute 'fileno'");
  const fd = Number(intValue(call(fileno, [])) ?? -1);
  const flush = getAttrOpt(file, "flush");
  if (flush !== undefined) call(flush, []);
  return fd;
}

function stackLines(f: Frame | null): string {
  let s = "";
  for (let depth = 0; f !== null && depth < 100; f = f.back, depth++) {
    s += `  File "${f.code.filename}", line ${f.lineno()} in ${f.code.name}\n`;
  }
  return s;
}

function hex(ident: number): string {
  return "0x" + ident.toString(16).padStart(16, "0");
}

function dump(fd: number, allThreads: boolean): void {
  let s = "";
  if (allThreads) {
    for (const t of threads) {
      const top = t === current ? topFrame : t.vm.top;
      s += `${t === current ? "Current thread" : "Thread"} ${hex(t.ident)} (most recent call first):\n${stackLines(top)}\n`;
    }
    s = s.replace(/\n$/, "");
  } else {
    s = `Stack (most recent call first):\n${stackLines(topFrame)}`;
  }
  flushStd();
  writeSync(fd, s);
}

defineModule("faulthandler", (d) => {
  defFunctions(d, "faulthandler", {
    enable(args, kw) {
      const [file] = parseArgs("enable", args, kw, ["file", "all_threads"], 0);
      fdOf(file);
      enabled = true;
      return None;
    },
    disable: () => {
      const was = enabled;
      enabled = false;
      return was ? True : False;
    },
    is_enabled: () => (enabled ? True : False),
    dump_traceback(args, kw) {
      const [file, all] = parseArgs("dump_traceback", args, kw, ["file", "all_threads"], 0);
      dump(fdOf(file), all === undefined ? true : truthy(all));
      return None;
    },
    dump_traceback_later(args, kw) {
      const [timeout, , file] = parseArgs("dump_traceback_later", args, kw, ["timeout", "repeat", "file", "exit"], 1);
      const t = Number(intValue(timeout!) ?? (timeout as { value?: number }).value ?? 0);
      if (!(t > 0)) raiseError(E.ValueError, "timeout must be greater than 0");
      fdOf(file);
      return None;
    },
    cancel_dump_traceback_later: () => None,
    register(args, kw) {
      const [, file] = parseArgs("register", args, kw, ["signum", "file", "all_threads", "chain"], 1);
      fdOf(file);
      return None;
    },
    unregister: () => False,
  });
}, "faulthandler module.");
