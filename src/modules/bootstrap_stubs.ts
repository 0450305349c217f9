// Interim `_io` and `posix`: the few functions importlib needs to find and read source files,
// registered only when the full modules (src/modules/io*.ts, posix.ts) are not built in.
// To be deleted once those land.

import { closeSync, openSync, readdirSync, readFileSync, statSync } from "fs";
import { call, getAttr, strValue, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { typeError } from "../objects/exceptions";
import { defMethods } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { None, PyBytes, PyFloat, PyList, PyObject, PyType, PyValue } from "../objects/types";
import { ERRNO_CODES } from "./errno";
import { defFunctions, defineModule, isNativeModule, nativeType } from "./registry";

function pathArg(v: PyValue): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (v instanceof PyBytes) return Buffer.from(v.data).toString();
  const f = getAttr(v, "__fspath__");
  const r = call(f, []);
  const t = strValue(r);
  if (t === undefined) typeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  return t;
}

function osError(e: unknown, path: string): never {
  const code = (e as { code?: string }).code ?? "EIO";
  const errno = ERRNO_CODES[code] ?? 5;
  const msg = code === "ENOENT" ? "No such file or directory" : code === "EACCES" ? "Permission denied"
    : code === "ENOTDIR" ? "Not a directory" : code === "EISDIR" ? "Is a directory" : code;
  throw call(E.OSError, [errno, msg, path]);
}

if (!isNativeModule("_io")) {
  let fileType: PyType;
  class RawFile extends PyObject {
    data: Uint8Array | null = null;
    pos = 0;
  }
  const open = (path: PyValue): RawFile => {
    const p = pathArg(path);
    const f = new RawFile(fileType);
    try {
      const fd = openSync(p, "r");
      try {
        f.data = new Uint8Array(readFileSync(fd));
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      osError(e, p);
    }
    return f;
  };
  defineModule("_io", (d: PyDict) => {
    fileType = nativeType("_io", "FileIO");
    defMethods(fileType, {
      read: (args) => {
        const f = args[0] as RawFile;
        const rest = f.data!.subarray(f.pos);
        f.pos = f.data!.length;
        return new PyBytes(rest.slice());
      },
      close: () => None,
      __enter__: (args) => args[0],
      __exit__: () => None,
    });
    fileType.nativeNew = (_cls, args) => open(args[0]);
    d.set("FileIO", fileType);
    defFunctions(d, "_io", { open_code: (args) => open(args[0]) });
  });
}

if (!isNativeModule("posix")) {
  let statType: PyType;
  defineModule("posix", (d: PyDict) => {
    statType = nativeType("os", "stat_result");
    const mkStat = (p: string, follow: boolean) => {
      let st;
      try {
        st = follow ? statSync(p) : statSync(p);
      } catch (e) {
        osError(e, p);
      }
      const o = new PyObject(statType);
      o.dict = new PyDict();
      o.dict.set("st_mode", st.mode);
      o.dict.set("st_size", st.size);
      o.dict.set("st_mtime", new PyFloat(st.mtimeMs / 1000));
      return o;
    };
    defFunctions(d, "posix", {
      stat: (args) => mkStat(pathArg(args[0]), true),
      getcwd: () => process.cwd(),
      listdir: (args) => {
        const p = args.length ? pathArg(args[0]) : ".";
        try {
          return new PyList(readdirSync(p));
        } catch (e) {
          osError(e, p);
        }
      },
      fspath: (args) => (strValue(args[0]) !== undefined || args[0] instanceof PyBytes ? args[0] : pathArg(args[0])),
    });
    const env = new PyDict();
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined) env.set(new PyBytes(Buffer.from(k)), new PyBytes(Buffer.from(v)));
    }
    d.set("environ", env);
    d.set("_have_functions", new PyList([]));
  });
}
