// The methods and attributes of the builtin exception types: BaseException (args, __str__,
// __repr__, with_traceback, add_note, __cause__/__context__/__traceback__), the attributes of
// StopIteration, SystemExit, KeyError, ImportError, NameError, AttributeError, OSError,
// SyntaxError, and BaseExceptionGroup/ExceptionGroup (split, subgroup, derive).

import { call, callDescr, getAttrOpt, isInstance, repr, setAttr, str, strValue, toArray, typeName } from "./abstract";
import * as E from "./exceptions";
import { PyBaseException, typeError, valueError } from "./exceptions";
import { defGetSet, defMethods, defNew } from "./native";
import { bytesData, ssizeArg } from "./pystr";
import { PyDict } from "./pydict";
import { None, PyBytes, PyList, PyObject, PyTuple, PyType, PyValue, True, False, typeOf } from "./types";

function fields(e: PyBaseException): Record<string, PyValue> {
  return (e.fields ??= {});
}

function newExc(cls: PyType, args: PyValue[]): PyBaseException {
  return new PyBaseException(cls, new PyTuple(args));
}

function argsOf(args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  return args.slice(1, args.length - nkw);
}

function fieldGetSet(t: PyType, name: string, dflt: PyValue = None): void {
  defGetSet(t, name, (e) => {
    const v = (e as PyBaseException).fields?.[name];
    return v === undefined ? dflt : v;
  }, (e, v) => {
    fields(e as PyBaseException)[name] = v ?? None;
  });
}

export function initExceptions(): void {
  const B = E.BaseException;
  defNew(B, (args, kwnames) => {
    const cls = args[0] as PyType;
    const e = newExc(cls, argsOf(args, kwnames));
    if (cls.ns.size > 0 || cls.isSubtypeOf(E.BaseException)) void 0;
    return e;
  });
  B.nativeNew = (cls, args, kw) => newExc(cls, argsOf([cls, ...args], kw));
  defMethods(B, {
    __init__(args, kwnames) {
      const e = args[0] as PyBaseException;
      if (kwnames !== null && kwnames.length > 0 && e.cls.lookup("__init__") === B.ns.get("__init__")) {
        typeError(`${e.cls.name}() takes no keyword arguments`);
      }
      e.args = new PyTuple(argsOf(args, kwnames));
      return None;
    },
    __str__(args) {
      const e = args[0] as PyBaseException;
      const a = e.args.items;
      if (a.length === 0) return "";
      if (a.length === 1) return str(a[0]);
      return repr(e.args);
    },
    __repr__(args) {
      const e = args[0] as PyBaseException;
      const a = e.args.items;
      const name = e.cls.name;
      if (a.length === 1) return `${name}(${repr(a[0])})`;
      return `${name}${a.length === 0 ? "()" : repr(e.args)}`;
    },
    with_traceback(args) {
      (args[0] as PyBaseException).traceback = args[1];
      return args[0];
    },
    add_note(args) {
      const e = args[0] as PyBaseException;
      const note = args[1];
      if (strValue(note) === undefined) typeError(`note must be a str, not '${typeName(note)}'`);
      if (e.dict === null) e.dict = new PyDict();
      let notes = e.dict.getStr("__notes__");
      if (notes === undefined) {
        notes = new PyList([]);
        e.dict.set("__notes__", notes);
      }
      if (!(notes instanceof PyList)) typeError("Cannot add note: __notes__ is not a list");
      notes.items.push(note);
      return None;
    },
    __reduce__(args) {
      const e = args[0] as PyBaseException;
      return e.dict !== null && e.dict.size > 0 ? new PyTuple([e.cls, e.args, e.dict]) : new PyTuple([e.cls, e.args]);
    },
    __setstate__(args) {
      // Each item is set as an attribute (ImportError's name and path among them).
      const e = args[0] as PyBaseException;
      if (args[1] instanceof PyDict) {
        for (const [k, v] of args[1].entries()) {
          const name = strValue(k);
          if (name === undefined) typeError(`attribute name must be string, not '${typeName(k)}'`);
          setAttr(e, name, v);
        }
      }
      return None;
    },
  });
  defGetSet(B, "args", (e) => (e as PyBaseException).args, (e, v) => {
    if (v === undefined) typeError("args may not be deleted");
    (e as PyBaseException).args = new PyTuple(toArray(v));
  });
  defGetSet(B, "__traceback__", (e) => (e as PyBaseException).traceback, (e, v) => {
    if (v === undefined) typeError("__traceback__ may not be deleted");
    if (v !== None && typeOf(v).name !== "traceback") typeError("__traceback__ must be a traceback or None");
    (e as PyBaseException).traceback = v;
  });
  defGetSet(B, "__cause__", (e) => (e as PyBaseException).cause, (e, v) => {
    if (v === undefined) typeError("__cause__ may not be deleted");
    if (v !== None && !(v instanceof PyBaseException)) typeError("exception cause must be None or derive from BaseException");
    (e as PyBaseException).cause = v;
    (e as PyBaseException).suppressContext = true;
  });
  defGetSet(B, "__context__", (e) => (e as PyBaseException).context, (e, v) => {
    if (v === undefined) typeError("__context__ may not be deleted");
    if (v !== None && !(v instanceof PyBaseException)) typeError("exception context must be None or derive from BaseException");
    (e as PyBaseException).context = v;
  });
  defGetSet(B, "__suppress_context__", (e) => ((e as PyBaseException).suppressContext ? True : False), (e, v) => {
    (e as PyBaseException).suppressContext = v === True;
  });
  defGetSet(B, "__dict__", (e) => ((e as PyObject).dict ??= new PyDict()), (e, v) => {
    if (v === undefined) typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    (e as PyObject).dict = v;
  });

  // StopIteration.value, StopAsyncIteration
  defMethods(E.StopIteration, {
    __init__(args, kwnames) {
      const e = args[0] as PyBaseException;
      const a = argsOf(args, kwnames);
      e.args = new PyTuple(a);
      fields(e).value = a.length > 0 ? a[0] : None;
      return None;
    },
  });
  fieldGetSet(E.StopIteration, "value");
  // SystemExit.code
  defMethods(E.SystemExit, {
    __init__(args, kwnames) {
      const e = args[0] as PyBaseException;
      const a = argsOf(args, kwnames);
      e.args = new PyTuple(a);
      fields(e).code = a.length === 0 ? None : a.length === 1 ? a[0] : e.args;
      return None;
    },
  });
  fieldGetSet(E.SystemExit, "code");
  // KeyError's str is the repr of the key.
  defMethods(E.KeyError, {
    __str__(args) {
      const e = args[0] as PyBaseException;
      if (e.args.items.length === 1) return repr(e.args.items[0]);
      return callDescr(B.ns.get("__str__")!, e, []);
    },
  });
  // ImportError(msg, name=, path=)
  defMethods(E.ImportError, {
    __init__(args, kwnames) {
      const e = args[0] as PyBaseException;
      const a = argsOf(args, kwnames);
      e.args = new PyTuple(a);
      const f = fields(e);
      f.msg = a.length === 1 ? a[0] : None;
      f.name = None;
      f.path = None;
      if (kwnames !== null) {
        const base = args.length - kwnames.length;
        kwnames.forEach((k, i) => {
          if (k !== "name" && k !== "path") typeError(`'${k}' is an invalid keyword argument for ${e.cls.name}()`);
          f[k] = args[base + i];
        });
      }
      return None;
    },
    __reduce__(args) {
      // The state holds name and path when set (ImportError_getstate).
      const e = args[0] as PyBaseException;
      const f = e.fields ?? {};
      const set = (v: PyValue | undefined): boolean => v !== undefined && v !== None;
      let state: PyValue = e.dict !== null && e.dict.size > 0 ? e.dict : None;
      if (set(f.name) || set(f.path)) {
        const d = e.dict !== null ? e.dict.copy() : new PyDict();
        if (set(f.name)) d.set("name", f.name!);
        if (set(f.path)) d.set("path", f.path!);
        state = d;
      }
      return new PyTuple(state === None ? [e.cls, e.args] : [e.cls, e.args, state]);
    },
    __str__(args) {
      const e = args[0] as PyBaseException;
      const m = e.fields?.msg;
      if (m !== undefined && m !== None) return str(m);
      return callDescr(B.ns.get("__str__")!, e, []);
    },
  });
  for (const n of ["msg", "name", "path"]) fieldGetSet(E.ImportError, n);
  // NameError.name, AttributeError.name/obj
  for (const [t, names] of [[E.NameError, ["name"]], [E.AttributeError, ["name", "obj"]]] as const) {
    defMethods(t, {
      __init__(args, kwnames) {
        const e = args[0] as PyBaseException;
        const nkw = kwnames === null ? 0 : kwnames.length;
        e.args = new PyTuple(argsOf(args, kwnames));
        const f = fields(e);
        for (const n of names) if (f[n] === undefined) f[n] = None;
        for (let i = 0; i < nkw; i++) {
          const k = kwnames![i];
          if (!(names as readonly string[]).includes(k)) typeError(`'${k}' is an invalid keyword argument for ${e.cls.name}()`);
          f[k] = args[args.length - nkw + i];
        }
        return None;
      },
    });
    for (const n of names) fieldGetSet(t, n);
  }
  // OSError(errno, strerror[, filename[, winerror[, filename2]]]): OSError itself picks the
  // subclass for the errno (ENOENT -> FileNotFoundError, ...).
  const errnoMap = new Map<number, PyType>([
    [11, E.BlockingIOError], [114, E.BlockingIOError], [115, E.BlockingIOError],
    [10, E.ChildProcessError], [32, E.BrokenPipeError], [108, E.BrokenPipeError],
    [103, E.ConnectionAbortedError], [111, E.ConnectionRefusedError], [104, E.ConnectionResetError],
    [17, E.FileExistsError], [2, E.FileNotFoundError], [21, E.IsADirectoryError],
    [20, E.NotADirectoryError], [4, E.InterruptedError], [1, E.PermissionError], [13, E.PermissionError],
    [3, E.ProcessLookupError], [110, E.TimeoutError],
  ]);
  const osNew = (args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    let cls = args[0] as PyType;
    const a = argsOf(args, kwnames);
    if (cls === E.OSError && a.length >= 2 && typeof a[0] === "number") {
      cls = errnoMap.get(a[0]) ?? cls;
    }
    return newExc(cls, a);
  };
  defNew(E.OSError, osNew);
  defMethods(E.OSError, {
    __init__(args, kwnames) {
      const e = args[0] as PyBaseException;
      const a = argsOf(args, kwnames);
      const f = fields(e);
      f.errno = None;
      f.strerror = None;
      f.filename = None;
      f.filename2 = None;
      if (a.length >= 2 && a.length <= 5) {
        f.errno = a[0];
        f.strerror = a[1];
        if (a.length >= 3) f.filename = a[2];
        if (a.length >= 5) f.filename2 = a[4];
        if (a.length === 3 && isInstance(e, E.BlockingIOError)) {
          f.filename = None;
          f.characters_written = a[2];
        }
        e.args = new PyTuple(f.filename !== None ? a.slice(0, 2) : a);
      } else e.args = new PyTuple(a);
      return None;
    },
    __reduce__(args) {
      // The filename(s) go back into the arguments (OSError_reduce).
      const e = args[0] as PyBaseException;
      const f = e.fields ?? {};
      let a: PyValue = e.args;
      if (e.args.items.length === 2 && f.filename !== undefined && f.filename !== None) {
        const items = [...e.args.items, f.filename];
        if (f.filename2 !== undefined && f.filename2 !== None) items.push(None, f.filename2);
        a = new PyTuple(items);
      }
      return new PyTuple(e.dict !== null && e.dict.size > 0 ? [e.cls, a, e.dict] : [e.cls, a]);
    },
    __str__(args) {
      const e = args[0] as PyBaseException;
      const f = e.fields ?? {};
      if (f.filename !== undefined && f.filename !== None) {
        if (f.filename2 !== undefined && f.filename2 !== None) {
          return `[Errno ${str(f.errno!)}] ${str(f.strerror!)}: ${repr(f.filename)} -> ${repr(f.filename2)}`;
        }
        return `[Errno ${str(f.errno!)}] ${str(f.strerror!)}: ${repr(f.filename)}`;
      }
      if (f.errno !== undefined && f.errno !== None && f.strerror !== None) return `[Errno ${str(f.errno)}] ${str(f.strerror!)}`;
      return callDescr(B.ns.get("__str__")!, e, []);
    },
  });
  for (const n of ["errno", "strerror", "filename", "filename2"]) fieldGetSet(E.OSError, n);
  defGetSet(E.BlockingIOError, "characters_written", (e) => {
    const v = (e as PyBaseException).fields?.characters_written;
    if (v === undefined) E.attributeError("characters_written");
    return v;
  }, (e, v) => {
    if (v === undefined) {
      if ((e as PyBaseException).fields?.characters_written === undefined) E.attributeError("characters_written");
      delete fields(e as PyBaseException).characters_written;
    } else fields(e as PyBaseException).characters_written = v;
  });
  // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
  defMethods(E.SyntaxError, {
    __init__(args, kwnames) {
      const e = args[0] as PyBaseException;
      const a = argsOf(args, kwnames);
      e.args = new PyTuple(a);
      const f = fields(e);
      for (const n of ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]) f[n] = None;
      if (a.length >= 1) f.msg = a[0];
      if (a.length === 2) {
        const info = toArray(a[1]);
        if (info.length < 4) typeError(`function takes at least 4 arguments (${info.length} given)`);
        if (info.length > 6) typeError(`function takes at most 6 arguments (${info.length} given)`);
        [f.filename, f.lineno, f.offset, f.text] = info;
        if (info.length > 4) f.end_lineno = info[4];
        if (info.length > 5) f.end_offset = info[5];
        else if (info.length === 5) typeError("end_offset must be provided when end_lineno is provided");
      }
      return None;
    },
    __str__(args) {
      const e = args[0] as PyBaseException;
      const f = e.fields ?? {};
      const msg = str(f.msg ?? None);
      const fn = f.filename !== undefined && f.filename !== None ? str(f.filename).split("/").pop()! : null;
      const ln = typeof f.lineno === "number" ? f.lineno : null;
      if (fn !== null && ln !== null) return `${msg} (${fn}, line ${ln})`;
      if (fn !== null) return `${msg} (${fn})`;
      if (ln !== null) return `${msg} (line ${ln})`;
      return msg;
    },
  });
  for (const n of ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]) {
    fieldGetSet(E.SyntaxError, n);
  }
  initUnicodeErrors();
  // Exception groups.
  initExceptionGroups();
}

/** UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason), UnicodeTranslateError(object, start, end, reason). */
function initUnicodeErrors(): void {
  const kinds: [PyType, string[]][] = [
    [E.UnicodeDecodeError, ["encoding", "object", "start", "end", "reason"]],
    [E.UnicodeEncodeError, ["encoding", "object", "start", "end", "reason"]],
    [E.UnicodeTranslateError, ["object", "start", "end", "reason"]],
  ];
  const charEscape = (cp: number): string =>
    cp <= 0xff ? `\\x${cp.toString(16).padStart(2, "0")}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
  for (const [t, names] of kinds) {
    defMethods(t, {
      __init__(args, kwnames) {
        const e = args[0] as PyBaseException;
        const a = argsOf(args, kwnames);
        e.args = new PyTuple(a);
        if (a.length === 0) return None;
        if (a.length !== names.length) typeError(`function takes exactly ${names.length} arguments (${a.length} given)`);
        const f = fields(e);
        // CPython parses them as "UOnnU" (decode, encode) or "UnnU" (translate): the str fields
        // must be str, start and end are indexes, a decode error's object is copied to bytes.
        names.forEach((n, i) => {
          let v = a[i];
          if (n === "start" || n === "end") v = ssizeArg(v);
          else if (n === "object" && t === E.UnicodeDecodeError) {
            if (!(v instanceof PyBytes)) {
              const d = bytesData(v);
              if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
              v = new PyBytes(d.slice());
            }
          } else if (strValue(v) === undefined) typeError(`argument ${i + 1} must be str, not ${typeName(v)}`);
          f[n] = v;
        });
        return None;
      },
      __str__(args) {
        const e = args[0] as PyBaseException;
        const f = e.fields;
        if (f?.object === undefined) return "";
        const start = Number(f.start);
        const end = Number(f.end);
        const reason = str(f.reason);
        if (t === E.UnicodeDecodeError) {
          const data = f.object instanceof PyBytes ? f.object.data : new Uint8Array(0);
          if (start < data.length && end === start + 1) {
            return `'${str(f.encoding)}' codec can't decode byte 0x${data[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
          }
          return `'${str(f.encoding)}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
        }
        const chars = Array.from(strValue(f.object) ?? "");
        const what = t === E.UnicodeEncodeError ? `'${str(f.encoding)}' codec can't encode` : "can't translate";
        if (start < chars.length && end === start + 1) {
          return `${what} character '${charEscape(chars[start].codePointAt(0)!)}' in position ${start}: ${reason}`;
        }
        return `${what} characters in position ${start}-${end - 1}: ${reason}`;
      },
    });
    for (const n of names) fieldGetSet(t, n);
  }
}

function initExceptionGroups(): void {
  const BEG = E.BaseExceptionGroup;
  const make = (cls: PyType, msg: PyValue, excs: PyValue): PyBaseException => {
    if (strValue(msg) === undefined) typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(msg)}`);
    const et = typeOf(excs);
    if (!(excs instanceof PyList || excs instanceof PyTuple) &&
        (et.lookup("__getitem__") === undefined || et.lookup("__len__") === undefined || excs instanceof PyDict)) {
      typeError("second argument (exceptions) must be a sequence");
    }
    const items = toArray(excs);
    if (items.length === 0) valueError("second argument (exceptions) must be a non-empty sequence");
    let allExc = true;
    for (const x of items) {
      if (!(x instanceof PyBaseException)) valueError(`Item ${items.indexOf(x)} of second argument (exceptions) is not an exception`);
      if (!isInstance(x, E.Exception)) allExc = false;
    }
    let t = cls;
    if (cls === BEG) {
      if (allExc) t = E.ExceptionGroup;
    } else if (cls === E.ExceptionGroup) {
      if (!allExc) typeError("Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (!allExc && !cls.isSubtypeOf(E.Exception) === false) {
      typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
    }
    const e = new PyBaseException(t, new PyTuple([msg, excs]));
    e.fields = { message: msg, exceptions: new PyTuple(items) };
    return e;
  };
  defNew(BEG, (args, kwnames) => {
    const a = argsOf(args, kwnames);
    if (a.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length} given)`);
    return make(args[0] as PyType, a[0], a[1]);
  });
  BEG.nativeNew = (cls, args) => make(cls, args[0], args[1]);
  defMethods(BEG, {
    __init__: () => None,
    __str__(args) {
      const e = args[0] as PyBaseException;
      const n = (e.fields!.exceptions as PyTuple).items.length;
      return `${str(e.fields!.message)} (${n} sub-exception${n > 1 ? "s" : ""})`;
    },
    derive(args) {
      return make(BEG, (args[0] as PyBaseException).fields!.message, args[1]);
    },
    split(args) {
      const [m, r] = splitGroup(args[0] as PyBaseException, matcher(args[1]));
      return new PyTuple([m, r]);
    },
    subgroup(args) {
      return splitGroup(args[0] as PyBaseException, matcher(args[1]), false)[0];
    },
  });
  defGetSet(BEG, "message", (e) => (e as PyBaseException).fields!.message);
  defGetSet(BEG, "exceptions", (e) => (e as PyBaseException).fields!.exceptions);
}

type Matcher = (e: PyBaseException) => boolean;

export function matcher(cond: PyValue): Matcher {
  if (cond instanceof PyType || cond instanceof PyTuple) {
    return (e) => isInstance(e, E.BaseException) && isinstanceAny(e, cond);
  }
  if (typeOf(cond).lookup("__call__") !== undefined) return (e) => call(cond, [e]) === True;
  typeError("expected a function, exception type or tuple of exception types");
}

function isinstanceAny(e: PyValue, cond: PyValue): boolean {
  if (cond instanceof PyTuple) return cond.items.some((c) => c instanceof PyType && isInstance(e, c));
  return isInstance(e, cond as PyType);
}

/** [match, rest] of an exception group by a predicate, keeping structure (derive + copy state). */
export function splitGroup(eg: PyBaseException, pred: Matcher, wantRest = true): [PyValue, PyValue] {
  if (pred(eg)) return [eg, None];
  if (!isInstance(eg, E.BaseExceptionGroup)) return [None, eg];
  const items = (eg.fields!.exceptions as PyTuple).items;
  const match: PyValue[] = [];
  const rest: PyValue[] = [];
  for (const x of items) {
    const [m, r] = splitGroup(x as PyBaseException, pred, wantRest);
    if (m !== None) match.push(m);
    if (r !== None) rest.push(r);
  }
  const derive = (list: PyValue[]): PyValue => {
    if (list.length === 0) return None;
    const d = getAttrOpt(eg, "derive");
    const ne = call(d!, [new PyList(list)]) as PyBaseException;
    ne.cause = eg.cause;
    ne.context = eg.context;
    ne.traceback = eg.traceback;
    ne.suppressContext = eg.suppressContext;
    const notes = eg.dict?.getStr("__notes__");
    if (notes !== undefined) {
      const copy = notes instanceof PyList || notes instanceof PyTuple ? new PyList(notes.items.slice()) : notes;
      (ne.dict ??= new PyDict()).set("__notes__", copy);
    }
    return ne;
  };
  const m = derive(match);
  return [m, wantRest ? derive(rest) : None];
}
