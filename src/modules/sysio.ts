// sys.stdout / sys.stderr until the _io module exists: text streams writing UTF-8 to the
// process's file descriptors, block-buffered like CPython's when not a terminal.

import { writeSync } from "fs";
import { call, getAttr, strValue, typeName } from "../objects/abstract";
import { typeError } from "../objects/exceptions";
import { computeMro } from "../objects/object";
import { defGetSet, defMethods } from "../objects/native";
import { None, objectType, PyObject, PyType, PyValue, typeType, False } from "../objects/types";

const textIOType = new PyType(typeType, "TextIOWrapper", [objectType], 0);
textIOType.mro = computeMro(textIOType);
textIOType.ns.set("__module__", "_io");

export class StdStream extends PyObject {
  buf: string[] = [];
  size = 0;
  constructor(public fd: number, public name: string, public lineBuffered: boolean) {
    super(textIOType);
  }
  write(s: string): void {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 8192 || (this.lineBuffered && s.includes("\n"))) this.flush();
  }
  flush(): void {
    if (this.buf.length === 0) return;
    const data = this.buf.join("");
    this.buf = [];
    this.size = 0;
    const bytes = Buffer.from(data.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c, i: number, all: string) => {
      // Lone surrogates cannot be encoded (CPython raises UnicodeEncodeError); keep output going.
      void i;
      void all;
      return "\ufffd";
    }), "utf8");
    let off = 0;
    while (off < bytes.length) {
      try {
        off += writeSync(this.fd, bytes, off, bytes.length - off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
        throw e;
      }
    }
  }
}

export const stdout = new StdStream(1, "<stdout>", false);
export const stderr = new StdStream(2, "<stderr>", true);

export function flushStd(): void {
  stdout.flush();
  stderr.flush();
}

/** file.write(s) for print(): the fast path for the standard streams. */
export function writeTo(file: PyValue, s: string): void {
  if (file instanceof StdStream) {
    file.write(s);
    return;
  }
  call(getAttr(file, "write"), [s]);
}

export function initSysIO(): void {
  defMethods(textIOType, {
    write(args) {
      const s = strValue(args[1]);
      if (s === undefined) typeError(`write() argument must be str, not ${typeName(args[1])}`);
      (args[0] as StdStream).write(s);
      return [...s].length;
    },
    flush(args) {
      (args[0] as StdStream).flush();
      return None;
    },
    isatty: () => False,
    fileno: (args) => (args[0] as StdStream).fd,
    writable: () => True(),
    readable: () => False,
  });
  defGetSet(textIOType, "encoding", () => "utf-8");
  defGetSet(textIOType, "errors", () => "strict");
  defGetSet(textIOType, "name", (s) => (s as StdStream).name);
}

import { True as T } from "../objects/types";
function True(): PyValue {
  return T;
}
