// _hashlib: the part of CPython's OpenSSL binding that hashlib.py and hmac.py use. Its job here
// is to make those modules take their fast path (no fallback warnings, pbkdf2_hmac present):
// new() and the openssl_* constructors hand over to the built-in hash types (hashes.ts), plus
// OpenSSL's extra algorithms; pbkdf2_hmac runs on Node's crypto. hmac_new and hmac_digest
// always refuse the digest (UnsupportedDigestmodError), which makes hmac.py use its pure
// implementation over these hash objects: same results, and HMAC objects that can be copied.

import { nodeCrypto } from "../vm/nodelib";
import { call, getAttr, index, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { OverflowError, raiseError, typeError, valueError } from "../objects/exceptions";
import { parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { bytesData } from "../objects/pystr";
import { frozensetType, None, PyBuiltinFunction, PyBytes, PyList, PyTuple, PyType, PyValue, typeType } from "../objects/types";
import { builtinsDict } from "./builtins";
import { hashConstructors, nodeDigestName } from "./hashes";
import { defFunctions, defineModule } from "./registry";

/** OpenSSL's digest names as CPython 3.11 on this platform lists them (openssl_md_meth_names). */
const MD_METH_NAMES = ["blake2b", "blake2s", "md5", "md5-sha1", "ripemd160", "sha1", "sha224", "sha256", "sha384",
  "sha3_224", "sha3_256", "sha3_384", "sha3_512", "sha512", "sha512_224", "sha512_256", "shake_128", "shake_256", "sm3"];

/** The algorithms with an openssl_<name> constructor. */
const OPENSSL_CONSTRUCTORS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
  "sha3_384", "sha3_512", "shake_128", "shake_256"];

let unsupportedDigestmod: PyType | null = null;

function unsupportedDigestmodError(): PyType {
  if (unsupportedDigestmod === null) {
    const ns = new PyDict();
    ns.set("__module__", "_hashlib");
    unsupportedDigestmod = call(typeType, ["UnsupportedDigestmodError", new PyTuple([E.ValueError]), ns]) as PyType;
  }
  return unsupportedDigestmod;
}

function unsupported(): never {
  raiseError(unsupportedDigestmodError(), "[digital envelope routines] unsupported");
}

function bytesArg(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** Calls a built-in constructor with the data (if any) and usedforsecurity. */
function construct(name: string, data: PyValue | undefined, usedforsecurity: PyValue | undefined): PyValue {
  // OpenSSL also knows the names in other spellings (SHA256, sha-256, sha3-256).
  const lower = name.toLowerCase();
  const ctor = hashConstructors.get(lower) ?? hashConstructors.get(lower.replace("-", "")) ??
    hashConstructors.get(lower.replace("-", "_"));
  if (ctor === undefined) unsupported();
  const args: PyValue[] = data === undefined || data === None ? [] : [data];
  if (usedforsecurity === undefined) return ctor(args, null);
  return ctor([...args, usedforsecurity], ["usedforsecurity"]);
}

defineModule("_hashlib", (dict) => {
  defFunctions(dict, "_hashlib", {
    new(args, kw) {
      const [name, data, ufs, string] = parseArgs("new", args, kw, ["name", "data", "usedforsecurity", "string"], 1, 0, 2);
      const n = strValue(name!);
      if (n === undefined) typeError("name must be a string");
      if (data !== undefined && string !== undefined && string !== None) {
        typeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
      }
      return construct(n, data ?? string, ufs);
    },
    pbkdf2_hmac(args, kw) {
      const [hashName, password, salt, iterArg, dklenArg] = parseArgs("pbkdf2_hmac", args, kw,
        ["hash_name", "password", "salt", "iterations", "dklen"], 4);
      const hn = strValue(hashName!);
      if (hn === undefined) typeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${typeName(hashName!)}`);
      const pw = bytesArg(password!);
      const sa = bytesArg(salt!);
      const iterations = index(iterArg!);
      if (iterations < 1) valueError("iteration value must be greater than 0.");
      if (iterations > 0x7fffffff) raiseError(OverflowError, "iteration value is too great.");
      const digest = nodeDigestName(hn.toLowerCase());
      if (!hashConstructors.has(hn.toLowerCase()) || hn.startsWith("shake") || hn.startsWith("blake2")) unsupported();
      let dklen: number;
      if (dklenArg === undefined || dklenArg === None) {
        dklen = (call(getAttr(construct(hn.toLowerCase(), undefined, undefined), "digest"), []) as PyBytes).data.length;
      } else {
        const d = index(dklenArg);
        if (d < 1) valueError("key length must be greater than 0.");
        if (d > 0x7fffffff) raiseError(OverflowError, "key length is too great.");
        dklen = Number(d);
      }
      const out = nodeCrypto().pbkdf2Sync(pw, sa, Number(iterations), dklen, digest);
      return new PyBytes(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
    },
    hmac_new: () => unsupported(),
    hmac_digest: () => unsupported(),
    get_fips_mode: () => 0,
  });
  for (const name of OPENSSL_CONSTRUCTORS) {
    const fname = `openssl_${name}`;
    dict.set(fname, new PyBuiltinFunction(fname, (args, kw) => {
      const [data, ufs, string] = parseArgs(fname, args, kw, ["data", "usedforsecurity", "string"], 0, 0, 1);
      if (ufs !== undefined) truthy(ufs);
      return construct(name, data ?? string, ufs);
    }, null, fname, `Returns a ${name} hash object; optionally initialized with a string`, "_hashlib"));
  }
  dict.set("openssl_md_meth_names", call(frozensetType, [new PyList(MD_METH_NAMES)]));
  dict.set("UnsupportedDigestmodError", unsupportedDigestmodError());
  const operator = call(builtinsDict.getStr("__import__")!, ["_operator", None, None, None, 0]);
  dict.set("compare_digest", getAttr(operator, "_compare_digest"));
});
