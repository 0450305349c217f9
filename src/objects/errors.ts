// Errors raised by the object layer before the exception objects exist.
//
// Pure helpers (integer and float arithmetic, parsing, formatting) report a Python exception by
// throwing a PyOpError naming the exception type and CPython's message. The VM turns it into
// the real exception object where it catches it; until then tests compare type and message.

export type BuiltinExceptionName =
  | "ArithmeticError" | "AttributeError" | "IndexError" | "KeyError" | "MemoryError" | "OverflowError"
  | "RecursionError" | "RuntimeError" | "SystemError" | "TypeError" | "ValueError" | "ZeroDivisionError"
  | "LookupError" | "UnicodeEncodeError" | "UnicodeDecodeError";

export class PyOpError extends Error {
  constructor(readonly type: BuiltinExceptionName, readonly msg: string) {
    // No JS stack trace: these are ordinary Python exceptions on hot paths (KeyError, ZeroDivisionError).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${type}: ${msg}`);
    Error.stackTraceLimit = limit;
  }
}

export function raise(type: BuiltinExceptionName, msg: string): never {
  throw new PyOpError(type, msg);
}
