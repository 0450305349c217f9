// The standard streams as the VM and the builtins use them: sys.stdin/stdout/stderr are _io
// TextIOWrappers (made by io.ts as CPython's create_stdio makes them); print() writes to an exact
// TextIOWrapper directly; the streams are flushed before a traceback and at exit; and the
// builtins open() and input() are installed in the runtime's service slots.

import { call, getAttr, getAttrOpt, str } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError } from "../objects/exceptions";
import { checkArgs } from "../objects/native";
import { None, PyValue } from "../objects/types";
import { runtime } from "../vm/runtime";
import { flushDirty, initIO, ioOpen, makeStdStream, readInputLine } from "./io";
import { TextIOObj, TextIOWrapperType, textWrite } from "./io_textio";

export let stdin: PyValue = None;
export let stdout: PyValue = None;
export let stderr: PyValue = None;

/** How the VM's sys module is read (set by interp.ts: sys.stdin may be replaced by a program). */
export const sysStreams = {
  get: (name: "stdin" | "stdout" | "stderr"): PyValue => (name === "stdin" ? stdin : name === "stdout" ? stdout : stderr),
};

/** True for the exact TextIOWrapper, which print() may write to without a method call. */
export function isFastText(file: PyValue): file is TextIOObj {
  return file instanceof TextIOObj && file.cls === TextIOWrapperType && file.ok;
}

/** file.write(s) for print() and the VM. */
export function writeTo(file: PyValue, s: string): void {
  if (isFastText(file)) {
    textWrite(file, s);
    return;
  }
  call(getAttr(file, "write"), [s]);
}

function flushQuietly(f: PyValue): void {
  try {
    if (f instanceof TextIOObj) f.flush();
    else if (f !== None) {
      const fl = getAttrOpt(f, "flush");
      if (fl !== undefined) call(fl, []);
    }
  } catch {
    // CPython reports "Exception ignored"; output that cannot be written is dropped.
  }
}

/** Flushes sys.stdout (what a program set it to, and the original). */
export function flushStdout(): void {
  const cur = sysStreams.get("stdout");
  if (cur !== stdout) flushQuietly(cur);
  flushQuietly(stdout);
}

/** At exit: everything buffered goes out. */
export function flushStd(): void {
  flushStdout();
  flushDirty();
  const cur = sysStreams.get("stderr");
  if (cur !== stderr) flushQuietly(cur);
  flushQuietly(stderr);
}

/** input(prompt=None) */
function input(args: PyValue[], kw: readonly string[] | null): PyValue {
  checkArgs("input", args, kw, 0, 1, 0);
  const fin = sysStreams.get("stdin");
  const fout = sysStreams.get("stdout");
  const ferr = sysStreams.get("stderr");
  if (fin === None) raiseError(E.RuntimeError, "input(): lost sys.stdin");
  if (fout === None) raiseError(E.RuntimeError, "input(): lost sys.stdout");
  if (ferr !== None) flushQuietly(ferr);
  if (args.length > 0) writeTo(fout, str(args[0]));
  flushQuietly(fout); // as CPython, a failing (or missing) flush is ignored
  return readInputLine(fin);
}

/** How the standard streams are made (the command line's -u, PYTHONIOENCODING: cli/main.ts). */
export const stdioOptions = { encoding: "utf-8", errors: null as string | null, unbuffered: false };

export function initSysIO(): void {
  initIO();
  const { encoding, errors, unbuffered } = stdioOptions;
  stdin = makeStdStream(0, false, "<stdin>", errors ?? "strict", encoding);
  stdout = makeStdStream(1, true, "<stdout>", errors ?? "strict", encoding, unbuffered);
  stderr = makeStdStream(2, true, "<stderr>", "backslashreplace", encoding, unbuffered);
  runtime.open = ioOpen;
  runtime.input = input;
}
