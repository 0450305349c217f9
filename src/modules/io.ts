// _io (CPython's Modules/_io/_iomodule.c): the module, open(), open_code(), text_encoding(),
// and the standard streams sys.stdin/stdout/stderr are made of.
//
// The classes live in io_base.ts (the abstract bases), io_fileio.ts, io_bytesio.ts,
// io_stringio.ts (with IncrementalNewlineDecoder), io_buffered.ts and io_textio.ts.

import { call, callMethod, intValue, isInstance, setAttr, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { parseArgs } from "../objects/native";
import { isatty } from "../vm/nodelib";
import { False, None, PyBytes, PyStrObj, PyType, PyValue, True, typeOf } from "../objects/types";
import {
  BufferedIOBaseType, clinicTypeName, DEFAULT_BUFFER_SIZE, initIOBases, IOBaseType, RawIOBaseType, TextIOBaseType, sysFlag, unsupportedOperationType, warnDefaultEncoding,
} from "./io_base";
import { BytesIOType, initBytesIO } from "./io_bytesio";
import { FileIOObj, FileIOType, fileIsatty, initFileIO } from "./io_fileio";
import { IncrementalNewlineDecoderType, initStringIO, StringIOType } from "./io_stringio";
import {
  BufferedRandomType, BufferedReaderType, BufferedRWPairType, BufferedWriterType, dirtyBuffers, flushWrites,
  initBuffered,
} from "./io_buffered";
import { dirtyTexts, initTextIO, TextIOObj, TextIOWrapperType, textInit } from "./io_textio";
import { defFunctions, defineModule, moduleFunction } from "./registry";

let initialized = false;

/** Fills in the _io types' methods (once; the std streams need them before any import). */
export function initIO(): void {
  if (initialized) return;
  initialized = true;
  initIOBases();
  initFileIO();
  initBytesIO();
  initStringIO();
  initBuffered();
  initTextIO();
}

// ---- open -----------------------------------------------------------------------------------------

/** Writes out what open files have buffered (CPython would have closed most of them already). */
export function flushDirty(): void {
  for (const t of [...dirtyTexts]) {
    try {
      t.flush();
    } catch {
      dirtyTexts.delete(t);
    }
  }
  for (const b of [...dirtyBuffers]) {
    try {
      flushWrites(b);
    } catch {
      dirtyBuffers.delete(b);
    }
  }
}

function optStr(v: PyValue | undefined, what: string): PyValue | undefined {
  if (v === undefined || v === None) return undefined;
  if (strValue(v) === undefined) typeError(`open() argument '${what}' must be str or None, not ${typeName(v)}`);
  return v;
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
export function ioOpen(args: PyValue[], kw: readonly string[] | null): PyValue {
  const [file, modeV, bufV, encV, errV, nlV, closefdV, openerV] = parseArgs("open", args, kw,
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
  initIO();
  const f = file!;
  if (!(typeof f === "string" || f instanceof PyStrObj || f instanceof PyBytes || typeof f === "number" ||
        typeof f === "bigint" || typeOf(f).lookup("__index__") !== undefined ||
        typeOf(f).lookup("__fspath__") !== undefined)) {
    typeError(`expected str, bytes or os.PathLike object, not ${typeName(f)}`);
  }
  const modeObj = modeV ?? "r";
  const mode = strValue(modeObj);
  if (mode === undefined) typeError(`open() argument 'mode' must be str, not ${clinicTypeName(modeObj)}`);
  let buffering = -1;
  if (bufV !== undefined) {
    const n = intValue(bufV);
    if (n === undefined || typeOf(bufV).name === "float") {
      if (typeOf(bufV).name === "float") typeError("'float' object cannot be interpreted as an integer");
      typeError(`'${typeName(bufV)}' object cannot be interpreted as an integer`);
    }
    buffering = Number(n);
  }
  const encoding = optStr(encV, "encoding");
  const errors = optStr(errV, "errors");
  const newline = optStr(nlV, "newline");
  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"xrwa+tb".includes(c) || seen.has(c)) raiseError(E.ValueError, `invalid mode: '${mode}'`);
    seen.add(c);
    switch (c) {
      case "x": creating = true; break;
      case "r": reading = true; break;
      case "w": writing = true; break;
      case "a": appending = true; break;
      case "+": updating = true; break;
      case "t": text = true; break;
      case "b": binary = true; break;
    }
  }
  let rawmode = "";
  if (creating) rawmode += "x";
  if (reading) rawmode += "r";
  if (writing) rawmode += "w";
  if (appending) rawmode += "a";
  if (updating) rawmode += "+";
  if (text && binary) raiseError(E.ValueError, "can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    raiseError(E.ValueError, "must have exactly one of create/read/write/append mode");
  }
  if (binary && encoding !== undefined) raiseError(E.ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errors !== undefined) raiseError(E.ValueError, "binary mode doesn't take an errors argument");
  if (binary && newline !== undefined) raiseError(E.ValueError, "binary mode doesn't take a newline argument");
  flushDirty();
  const raw = call(FileIOType, [f, rawmode, closefdV ?? True, openerV ?? None]) as FileIOObj;
  try {
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && fileIsatty(raw))) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) buffering = raw.blksize > 1 ? raw.blksize : DEFAULT_BUFFER_SIZE;
    if (buffering === 0) {
      if (binary) return raw;
      raiseError(E.ValueError, "can't have unbuffered text I/O");
    }
    const bufType = updating ? BufferedRandomType : (creating || writing || appending) ? BufferedWriterType : BufferedReaderType;
    const buffer = call(bufType, [raw, buffering]);
    if (binary) return buffer;
    const t = call(TextIOWrapperType, [buffer, encoding ?? None, errors ?? None, newline ?? None, lineBuffering ? True : False]);
    setAttr(t, "mode", modeObj);
    return t;
  } catch (e) {
    try {
      callMethod(raw, "close", []);
    } catch {
      // the first error is the one to report
    }
    throw e;
  }
}

function textEncoding(args: PyValue[], kw: readonly string[] | null): PyValue {
  const [enc, stacklevel] = parseArgs("text_encoding", args, kw, ["encoding", "stacklevel"], 1, 0);
  if (enc !== None) return enc!;
  warnDefaultEncoding(stacklevel === undefined ? 2 : Number(intValue(stacklevel) ?? 2));
  return truthy(sysFlag("utf8_mode")) ? "utf-8" : "locale";
}

function openCode(args: PyValue[], kw: readonly string[] | null): PyValue {
  const [path] = parseArgs("open_code", args, kw, ["path"], 1);
  if (strValue(path!) === undefined) typeError(`open_code() argument 'path' must be str, not ${clinicTypeName(path!)}`);
  return ioOpen([path!, "rb"], null);
}

export const openFunction = moduleFunction("_io", "open", ioOpen);

defineModule("_io", (dict) => {
  initIO();
  dict.set("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
  dict.set("UnsupportedOperation", unsupportedOperationType());
  dict.set("BlockingIOError", E.BlockingIOError);
  dict.set("open", openFunction);
  defFunctions(dict, "_io", { open_code: openCode, text_encoding: textEncoding });
  const types: PyType[] = [
    IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, FileIOType, BytesIOType, StringIOType,
    BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType, TextIOWrapperType,
    IncrementalNewlineDecoderType,
  ];
  for (const t of types) dict.set(t.name, t);
}, "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n");

// ---- the standard streams -------------------------------------------------------------------------

/** sys.stdin / stdout / stderr as CPython's create_stdio makes them; None for a closed descriptor. */
export function makeStdStream(fd: number, write: boolean, name: string, errors: string, encoding = "utf-8",
                              unbuffered = false): PyValue {
  initIO();
  let raw: FileIOObj;
  try {
    raw = call(FileIOType, [fd, write ? "wb" : "rb", False]) as FileIOObj;
  } catch (e) {
    if (e instanceof E.PyBaseException && isInstance(e, E.OSError)) return None;
    throw e;
  }
  raw.dict!.set("name", name);
  const tty = isatty(fd);
  // Unbuffered (-u): the text layer writes through to the raw file, as CPython's create_stdio.
  const buffer = unbuffered && write ? raw : call(write ? BufferedWriterType : BufferedReaderType, [raw, DEFAULT_BUFFER_SIZE]);
  const t = new TextIOObj(TextIOWrapperType);
  textInit(t, buffer, encoding, errors, "\n", tty || fd === 2, unbuffered && write);
  setAttr(t, "mode", write ? "w" : "r");
  return t;
}

/** Reads one line for input(): the line without its newline, or EOFError at the end. */
export function readInputLine(stdin: PyValue): string {
  const line = callMethod(stdin, "readline", []);
  const s = strValue(line);
  if (s === undefined) typeError(`object.readline() returned non-string`);
  if (s.length === 0) raiseError(E.EOFError, "EOF when reading a line");
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}

