// CPython's built-in hash modules _md5, _sha1, _sha256, _sha512 and _sha3 (hashlib.py falls back
// on them when there is no _hashlib), computed by Node's crypto. Also the hash object machinery
// they share with _blake2 (blake2.ts): one native type per algorithm with update/digest/
// hexdigest/copy and name/digest_size/block_size, and CPython's argument errors.

import type { Hash } from "crypto";
import { nodeCrypto } from "../vm/nodelib";
import { callType, intValue, isInstance, typeName } from "../objects/abstract";
import { OverflowError, raiseError, typeError, valueError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { PyObject, PyType } from "../objects/object";
import { bytesData } from "../objects/pystr";
import { PyDict } from "../objects/pydict";
import { NativeFn, None, PyBytes, PyBuiltinFunction, PyValue, strType } from "../objects/types";
import { defineModule, nativeType } from "./registry";

/** A running hash computation. digest() does not disturb it (hash objects can go on updating). */
export interface HashState {
  update(data: Uint8Array): void;
  copy(): HashState;
  /** The digest; `length` only matters for the extendable-output functions (SHAKE). */
  digest(length: number): Uint8Array;
}

class NodeHash implements HashState {
  constructor(private h: Hash, private readonly xof: boolean) {}
  update(data: Uint8Array): void {
    this.h.update(data);
  }
  copy(): HashState {
    return new NodeHash(this.h.copy(), this.xof);
  }
  digest(length: number): Uint8Array {
    const d = this.xof ? this.h.copy({ outputLength: length }).digest() : this.h.copy().digest();
    return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  }
}

/** What a hash type knows about its algorithm. */
export interface HashInfo {
  name: string;
  digestSize: number;
  blockSize: number;
  /** SHAKE: digest(length) and hexdigest(length) take the output length. */
  xof: boolean;
  /** `copy()`'s argument error: CPython's md5/sha1/sha2 say "copy() takes no arguments". */
  plainCopyError: boolean;
}

export class PyHash extends PyObject {
  constructor(cls: PyType, public info: HashInfo, public state: HashState) {
    super(cls);
  }
}

/** The bytes to hash: GET_BUFFER_VIEW_OR_ERROUT's checks. */
export function hashData(v: PyValue): Uint8Array {
  if (typeof v === "string" || isInstance(v, strType)) typeError("Strings must be encoded before hashing");
  const d = bytesData(v);
  if (d === null) typeError("object supporting the buffer API required");
  return d;
}

function hex(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i++) s += (d[i] < 16 ? "0" : "") + d[i].toString(16);
  return s;
}

/** The SHAKE length argument (an unsigned long, as CPython converts it). */
function xofLength(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) typeError("an integer is required");
  if (n < 0) valueError("value must be positive");
  if (typeof n === "bigint" && n >= 1n << 64n) raiseError(OverflowError, "Python int too large to convert to C unsigned long");
  if (n >= 2 ** 29) valueError("length is too large");
  return Number(n);
}

/** A hash type: `module.name`, not subclassable; instances come from the module's constructors. */
export function hashType(module: string, info: HashInfo, extra?: (t: PyType) => void): PyType {
  const t = nativeType(module, info.name, undefined, 0);
  const q = info.name;
  const self = (v: PyValue, method: string): PyHash => {
    if (!(v instanceof PyHash) || !(v.cls === t || v.cls.isSubtypeOf(t))) {
      typeError(`descriptor '${method}' for '${module}.${q}' objects doesn't apply to a '${typeName(v)}' object`);
    }
    return v;
  };
  defMethods(t, {
    update(args, kw) {
      checkArgs(`${q}.update`, args, kw, 1, 1);
      self(args[0], "update").state.update(hashData(args[1]));
      return None;
    },
    digest(args, kw) {
      if (info.xof) {
        checkArgs(`${q}.digest`, args, kw, 1, 1);
        const n = xofLength(args[1]);
        return new PyBytes(self(args[0], "digest").state.digest(n));
      }
      checkArgs(`${q}.digest`, args, kw, 0, 0);
      return new PyBytes(self(args[0], "digest").state.digest(info.digestSize));
    },
    hexdigest(args, kw) {
      if (info.xof) {
        checkArgs(`${q}.hexdigest`, args, kw, 1, 1);
        const n = xofLength(args[1]);
        return hex(self(args[0], "hexdigest").state.digest(n));
      }
      checkArgs(`${q}.hexdigest`, args, kw, 0, 0);
      return hex(self(args[0], "hexdigest").state.digest(info.digestSize));
    },
    copy(args, kw) {
      if (info.plainCopyError && (args.length > 1 || (kw !== null && kw.length > 0))) typeError("copy() takes no arguments");
      checkArgs(`${q}.copy`, args, kw, 0, 0);
      const h = self(args[0], "copy");
      return new PyHash(h.cls, h.info, h.state.copy());
    },
  });
  defGetSet(t, "name", (v) => self(v, "name").info.name);
  defGetSet(t, "digest_size", (v) => self(v, "digest_size").info.digestSize);
  defGetSet(t, "block_size", (v) => self(v, "block_size").info.blockSize);
  if (extra) extra(t);
  return t;
}

/**
 * Parses a constructor's arguments: at most one positional (the data), and keywords among
 * `keywords` (`usedforsecurity` is accepted and ignored). Returns the named values.
 */
export function constructorArgs(fname: string, args: readonly PyValue[], kw: readonly string[] | null,
                                keywords: readonly string[]): Map<string, PyValue> {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > 1) typeError(`${fname}() takes at most 1 positional argument (${npos} given)`);
  const out = new Map<string, PyValue>();
  if (npos === 1) out.set("", args[0]);
  for (let i = 0; i < nkw; i++) {
    const name = kw![i];
    if (!keywords.includes(name)) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    out.set(name, args[npos + i]);
  }
  return out;
}

/** Refuses direct instantiation of a type whose instances only its module's functions make. */
function notInstantiable(t: PyType, module: string): void {
  defNew(t, () => typeError(`cannot create '${module}.${t.name}' instances`));
}

interface Algo { name: string; node: string; digestSize: number; blockSize: number; doc: string }

/**
 * The constructors by algorithm name (md5, sha256, sha3_256, shake_128, ...), called as
 * `name(data, *, usedforsecurity)`: what _hashlib's new() and openssl_* functions hand over to.
 */
export const hashConstructors = new Map<string, NativeFn>();

/** md5, sha1, sha224, ...: a module function `name(string=b'', *, usedforsecurity=True)`. */
function defineFunctionModule(module: string, algos: Algo[], typeAttrs: (types: PyType[]) => Record<string, PyType>): void {
  const types = algos.map((a) => {
    const info: HashInfo = { name: a.name, digestSize: a.digestSize, blockSize: a.blockSize, xof: false, plainCopyError: true };
    const t = hashType(module, info);
    notInstantiable(t, module);
    return { a, info, t };
  });
  const fns = types.map(({ a, info, t }) => {
    const fn: NativeFn = (args, kw) => {
      const p = constructorArgs(a.name, args, kw, ["string", "usedforsecurity"]);
      if (p.has("") && p.has("string")) typeError(`argument for ${a.name}() given by name ('string') and position (1)`);
      const h = new PyHash(t, info, new NodeHash(nodeCrypto().createHash(a.node), false));
      const data = p.get("") ?? p.get("string");
      if (data !== undefined) h.state.update(hashData(data));
      return h;
    };
    hashConstructors.set(a.name, fn);
    return fn;
  });
  defineModule(module, (dict: PyDict) => {
    for (const [name, t] of Object.entries(typeAttrs(types.map((x) => x.t)))) dict.set(name, t);
    algos.forEach((a, i) => dict.set(a.name, new PyBuiltinFunction(a.name, fns[i], null, a.name, a.doc, module)));
  });
}

const STRING_DOC = "optionally initialized with a string.";

defineFunctionModule("_md5", [
  { name: "md5", node: "md5", digestSize: 16, blockSize: 64, doc: `Return a new MD5 hash object; ${STRING_DOC}` },
], ([md5]) => ({ MD5Type: md5 }));

defineFunctionModule("_sha1", [
  { name: "sha1", node: "sha1", digestSize: 20, blockSize: 64, doc: `Return a new SHA1 hash object; ${STRING_DOC}` },
], ([sha1]) => ({ SHA1Type: sha1 }));

defineFunctionModule("_sha256", [
  { name: "sha224", node: "sha224", digestSize: 28, blockSize: 64, doc: `Return a new SHA-224 hash object; ${STRING_DOC}` },
  { name: "sha256", node: "sha256", digestSize: 32, blockSize: 64, doc: `Return a new SHA-256 hash object; ${STRING_DOC}` },
], ([sha224, sha256]) => ({ SHA224Type: sha224, SHA256Type: sha256 }));

// Quirk kept from CPython 3.11: _sha512.SHA384Type is the sha512 type (and SHA512Type is absent).
defineFunctionModule("_sha512", [
  { name: "sha384", node: "sha384", digestSize: 48, blockSize: 128, doc: `Return a new SHA-384 hash object; ${STRING_DOC}` },
  { name: "sha512", node: "sha512", digestSize: 64, blockSize: 128, doc: `Return a new SHA-512 hash object; ${STRING_DOC}` },
], ([, sha512]) => ({ SHA384Type: sha512 }));

// ---- _sha3 ------------------------------------------------------------------------------------

/** SHA-3 and SHAKE: the types are the constructors, `name([data], *, usedforsecurity=True)`. */
function sha3Type(name: string, node: string, digestSize: number, capacityBits: number, xof: boolean): PyType {
  const rateBits = 1600 - capacityBits;
  const info: HashInfo = { name, digestSize, blockSize: rateBits / 8, xof, plainCopyError: false };
  const t = hashType("_sha3", info, (t) => {
    defGetSet(t, "_capacity_bits", () => capacityBits);
    defGetSet(t, "_rate_bits", () => rateBits);
    defGetSet(t, "_suffix", () => new PyBytes(Uint8Array.of(xof ? 0x1f : 0x06)));
  });
  t.ns.set("__doc__", xof
    ? `${name}([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.`
    : `${name}([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of ${digestSize} bytes.`);
  hashConstructors.set(name, (args, kw) => callType(t, args, kw));
  defNew(t, (args, kw) => {
    // Quirk kept from CPython 3.11: every SHA-3 constructor reports its errors as sha3_224().
    const p = constructorArgs("sha3_224", args.slice(1), kw, ["usedforsecurity"]);
    const h = new PyHash(args[0] as PyType, info, new NodeHash(nodeCrypto().createHash(node), xof));
    const data = p.get("");
    if (data !== undefined) h.state.update(hashData(data));
    return h;
  });
  return t;
}

const sha3Types = [
  sha3Type("sha3_224", "sha3-224", 28, 448, false),
  sha3Type("sha3_256", "sha3-256", 32, 512, false),
  sha3Type("sha3_384", "sha3-384", 48, 768, false),
  sha3Type("sha3_512", "sha3-512", 64, 1024, false),
  sha3Type("shake_128", "shake128", 0, 256, true),
  sha3Type("shake_256", "shake256", 0, 512, true),
];

defineModule("_sha3", (dict) => {
  for (const t of sha3Types) dict.set(t.name, t);
  dict.set("keccakopt", 0);
  dict.set("implementation", "tiny_sha3");
});

// ---- algorithms only _hashlib offers (OpenSSL's extras), as _hashlib.HASH objects -----------------

const HASH_INFO: HashInfo = { name: "HASH", digestSize: 0, blockSize: 0, xof: false, plainCopyError: false };
export const opensslHashType = hashType("_hashlib", HASH_INFO);

const EXTRAS: Algo[] = [
  { name: "md5-sha1", node: "md5-sha1", digestSize: 36, blockSize: 64, doc: "" },
  { name: "ripemd160", node: "ripemd160", digestSize: 20, blockSize: 64, doc: "" },
  { name: "sha512_224", node: "sha512-224", digestSize: 28, blockSize: 128, doc: "" },
  { name: "sha512_256", node: "sha512-256", digestSize: 32, blockSize: 128, doc: "" },
  { name: "sm3", node: "sm3", digestSize: 32, blockSize: 64, doc: "" },
];
for (const a of EXTRAS) {
  const info: HashInfo = { name: a.name, digestSize: a.digestSize, blockSize: a.blockSize, xof: false, plainCopyError: false };
  hashConstructors.set(a.name, (args, kw) => {
    const data = constructorArgs(a.name, args, kw, ["usedforsecurity"]).get("");
    const h = new PyHash(opensslHashType, info, new NodeHash(nodeCrypto().createHash(a.node), false));
    if (data !== undefined) h.state.update(hashData(data));
    return h;
  });
}

/** Node's (OpenSSL's) name for an algorithm hashlib spells with underscores (sha3_256, sha512_224). */
export function nodeDigestName(name: string): string {
  if (name.startsWith("shake_")) return "shake" + name.slice(6);
  return name.replace("_", "-");
}
