// Exceptions: the builtin exception hierarchy and how Python exceptions travel in JS.
//
// A Python exception is thrown as the PyBaseException object itself (not wrapped in a JS
// Error: no JS stack is captured, which keeps raising cheap). Code that catches anything turns
// what it caught into a Python exception with `toPyException`: PyOpError from the pure helpers
// becomes the named exception, a JS stack overflow becomes RecursionError, and any other JS
// error (a bug in Typhon) becomes SystemError with its message.

import { PyOpError } from "./errors";
import { None, objectType, PyBytes, PyObject, PyTuple, PyType, PyValue, typeType } from "./types";
import { TypeFlag } from "./object";
import { computeMro } from "./object";

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** The traceback (a chain of PyTraceback entries), or None. */
  traceback: PyValue;
  cause: PyValue;
  context: PyValue;
  suppressContext: boolean;
  /** Attributes of particular exception types (StopIteration.value, OSError.errno, ...). */
  fields: Record<string, PyValue> | null;
  constructor(cls: PyType, args: PyTuple) {
    super(cls);
    this.args = args;
    this.traceback = None;
    this.cause = None;
    this.context = None;
    this.suppressContext = false;
    this.fields = null;
  }
}

/** The exception types by name, as `builtins` exposes them. */
export const excTypes: Record<string, PyType> = Object.create(null);

function def(name: string, base: PyType | null, extraBases: PyType[] = []): PyType {
  const bases = base ? [base, ...extraBases] : [objectType];
  const t = new PyType(typeType, name, bases, TypeFlag.BASETYPE | TypeFlag.HAS_DICT | TypeFlag.EXC_SUBCLASS);
  t.base = base ?? objectType;
  t.mro = computeMro(t);
  for (const b of bases) b.subclasses.push(t);
  excTypes[name] = t;
  return t;
}

// CPython 3.11's hierarchy (Doc/library/exceptions.rst, "Exception hierarchy").
export const BaseException = def("BaseException", null);
export const BaseExceptionGroup = def("BaseExceptionGroup", BaseException);
export const GeneratorExit = def("GeneratorExit", BaseException);
export const KeyboardInterrupt = def("KeyboardInterrupt", BaseException);
export const SystemExit = def("SystemExit", BaseException);
export const Exception = def("Exception", BaseException);
export const ArithmeticError = def("ArithmeticError", Exception);
export const FloatingPointError = def("FloatingPointError", ArithmeticError);
export const OverflowError = def("OverflowError", ArithmeticError);
export const ZeroDivisionError = def("ZeroDivisionError", ArithmeticError);
export const AssertionError = def("AssertionError", Exception);
export const AttributeError = def("AttributeError", Exception);
export const BufferError = def("BufferError", Exception);
export const EOFError = def("EOFError", Exception);
export const ExceptionGroup = def("ExceptionGroup", BaseExceptionGroup, [Exception]);
export const ImportError = def("ImportError", Exception);
export const ModuleNotFoundError = def("ModuleNotFoundError", ImportError);
export const LookupError = def("LookupError", Exception);
export const IndexError = def("IndexError", LookupError);
export const KeyError = def("KeyError", LookupError);
export const MemoryError = def("MemoryError", Exception);
export const NameError = def("NameError", Exception);
export const UnboundLocalError = def("UnboundLocalError", NameError);
export const OSError = def("OSError", Exception);
export const BlockingIOError = def("BlockingIOError", OSError);
export const ChildProcessError = def("ChildProcessError", OSError);
export const ConnectionError = def("ConnectionError", OSError);
export const BrokenPipeError = def("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = def("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = def("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = def("ConnectionResetError", ConnectionError);
export const FileExistsError = def("FileExistsError", OSError);
export const FileNotFoundError = def("FileNotFoundError", OSError);
export const InterruptedError = def("InterruptedError", OSError);
export const IsADirectoryError = def("IsADirectoryError", OSError);
export const NotADirectoryError = def("NotADirectoryError", OSError);
export const PermissionError = def("PermissionError", OSError);
export const ProcessLookupError = def("ProcessLookupError", OSError);
export const TimeoutError = def("TimeoutError", OSError);
export const ReferenceError = def("ReferenceError", Exception);
export const RuntimeError = def("RuntimeError", Exception);
export const NotImplementedError = def("NotImplementedError", RuntimeError);
export const RecursionError = def("RecursionError", RuntimeError);
export const StopAsyncIteration = def("StopAsyncIteration", Exception);
export const StopIteration = def("StopIteration", Exception);
export const SyntaxError = def("SyntaxError", Exception);
export const IndentationError = def("IndentationError", SyntaxError);
export const TabError = def("TabError", IndentationError);
export const SystemError = def("SystemError", Exception);
export const TypeError = def("TypeError", Exception);
export const ValueError = def("ValueError", Exception);
export const UnicodeError = def("UnicodeError", ValueError);
export const UnicodeDecodeError = def("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = def("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = def("UnicodeTranslateError", UnicodeError);
export const Warning = def("Warning", Exception);
for (const w of ["BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
  "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning"]) {
  def(w, Warning);
}

/** A new exception of type `t` with one str argument (or none when msg is null). */
export function newException(t: PyType, msg: string | null): PyBaseException {
  const e = new PyBaseException(t, new PyTuple(msg === null ? [] : [msg]));
  if (t === StopIteration) (e.fields ??= {}).value = msg === null ? None : msg;
  return e;
}

/** Throws a new exception of type `t` with message `msg`. */
export function raiseError(t: PyType, msg: string | null = null): never {
  throw newException(t, msg);
}

export function typeError(msg: string): never {
  throw newException(TypeError, msg);
}

export function valueError(msg: string): never {
  throw newException(ValueError, msg);
}

export function attributeError(msg: string, name?: string, obj?: PyValue): never {
  const e = newException(AttributeError, msg);
  e.fields = { name: name ?? None, obj: obj ?? None };
  throw e;
}

let maxRecursionHook: (() => void) | null = null;
export function setStackOverflowHook(f: () => void): void {
  maxRecursionHook = f;
}

/** Whatever was thrown, as a Python exception. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof PyOpError) {
    const t = excTypes[e.type] ?? SystemError;
    const u = e as PyOpError & { encoding?: string; object?: string | Uint8Array; start?: number; end?: number; reason?: string };
    if (u.encoding !== undefined && u.object !== undefined) {
      // A codec error from strcodecs.ts: the exception carries (encoding, object, start, end, reason).
      const obj: PyValue = typeof u.object === "string" ? u.object : new PyBytes(u.object);
      const args: PyValue[] = [u.encoding, obj, u.start!, u.end!, u.reason!];
      const ex = new PyBaseException(t, new PyTuple(args));
      ex.fields = { encoding: args[0], object: args[1], start: args[2], end: args[3], reason: args[4] };
      return ex;
    }
    return newException(t, e.msg);
  }
  if (e instanceof RangeError && e.message.includes("call stack")) {
    maxRecursionHook?.();
    return newException(RecursionError, "maximum recursion depth exceeded");
  }
  if (e instanceof Error) {
    const ex = newException(SystemError, `internal error in Typhon: ${e.message}`);
    if (process.env.TYPHON_DEBUG) console.error(e.stack);
    return ex;
  }
  return newException(SystemError, `internal error in Typhon: ${String(e)}`);
}

export function isInstanceOfExc(e: PyBaseException, t: PyType): boolean {
  return e.cls === t || e.cls.isSubtypeOf(t);
}
