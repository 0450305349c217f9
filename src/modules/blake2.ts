// _blake2: BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (digest size, key,
// salt, personalization, tree parameters), written here because Node's crypto only offers the
// unkeyed full-length variants. BLAKE2b's 64-bit words are kept as (low, high) 32-bit pairs.

import { index, intValue, truthy, typeName } from "../objects/abstract";
import { OverflowError, raiseError, typeError, valueError } from "../objects/exceptions";
import * as I from "../objects/intmath";
import { defNew } from "../objects/native";
import { PyType } from "../objects/object";
import { bytesData } from "../objects/pystr";
import { PyValue } from "../objects/types";
import { constructorArgs, hashData, HashInfo, HashState, hashType, PyHash } from "./hashes";
import { defineModule } from "./registry";

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** The SHA-512 / SHA-256 initial values; BLAKE2s uses the high halves of BLAKE2b's. */
const IV_B = Uint32Array.of(
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19);
const IV_S = Uint32Array.of(
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);

/** The variant's geometry: b has 64-bit words, 128-byte blocks and 12 rounds; s 32, 64 and 10. */
interface Variant { blockBytes: number; outBytes: number; keyBytes: number; saltBytes: number; wide: boolean }
const B: Variant = { blockBytes: 128, outBytes: 64, keyBytes: 64, saltBytes: 16, wide: true };
const S: Variant = { blockBytes: 64, outBytes: 32, keyBytes: 32, saltBytes: 8, wide: false };

function readLE32(b: Uint8Array, off: number): number {
  return (b[off] | (b[off + 1] << 8) | (b[off + 2] << 16) | (b[off + 3] << 24)) >>> 0;
}

class Blake2 implements HashState {
  /** The chaining value: 16 words for b ((lo, hi) pairs), 8 for s. */
  h: Uint32Array;
  buf: Uint8Array;
  buflen: number;
  /** Bytes compressed so far (a double is exact up to 2^53, far beyond any real input). */
  counter: number;
  constructor(public v: Variant, public outlen: number, public lastNode: boolean, h: Uint32Array) {
    this.h = h;
    this.buf = new Uint8Array(v.blockBytes);
    this.buflen = 0;
    this.counter = 0;
  }

  copy(): Blake2 {
    const c = new Blake2(this.v, this.outlen, this.lastNode, this.h.slice());
    c.buf.set(this.buf);
    c.buflen = this.buflen;
    c.counter = this.counter;
    return c;
  }

  /** Compresses whole blocks, always keeping the last (possibly full) one for the final call. */
  update(data: Uint8Array): void {
    const bb = this.v.blockBytes;
    let off = 0;
    while (off < data.length) {
      if (this.buflen === bb) {
        this.counter += bb;
        this.compress(this.buf, 0, false);
        this.buflen = 0;
      }
      const n = Math.min(bb - this.buflen, data.length - off);
      this.buf.set(data.subarray(off, off + n), this.buflen);
      this.buflen += n;
      off += n;
    }
  }

  digest(): Uint8Array {
    const c = this.copy();
    c.counter += c.buflen;
    c.buf.fill(0, c.buflen);
    c.compress(c.buf, 0, true);
    const out = new Uint8Array(this.v.wide ? 64 : 32);
    for (let i = 0; i < c.h.length; i++) {
      const w = c.h[i];
      out[4 * i] = w; out[4 * i + 1] = w >>> 8; out[4 * i + 2] = w >>> 16; out[4 * i + 3] = w >>> 24;
    }
    return out.slice(0, this.outlen);
  }

  compress(block: Uint8Array, off: number, last: boolean): void {
    if (this.v.wide) compressB(this, block, off, last);
    else compressS(this, block, off, last);
  }
}

const vb = new Uint32Array(32);
const mb = new Uint32Array(32);

/** v[a] += v[b] + m[x] on (lo, hi) pairs, index arguments already doubled. */
function add3(a: number, b: number, x: number): void {
  let lo = vb[a] + vb[b];
  let hi = vb[a + 1] + vb[b + 1] + (lo >= 0x100000000 ? 1 : 0);
  lo >>>= 0;
  if (x >= 0) {
    const l2 = lo + mb[x];
    hi += mb[x + 1] + (l2 >= 0x100000000 ? 1 : 0);
    lo = l2;
  }
  vb[a] = lo;
  vb[a + 1] = hi;
}

/** v[d] = rotr64(v[d] ^ v[a], n) for n in {16, 24, 32, 63}. */
function xorRot(d: number, a: number, n: number): void {
  const lo = vb[d] ^ vb[a];
  const hi = vb[d + 1] ^ vb[a + 1];
  if (n === 32) { vb[d] = hi; vb[d + 1] = lo; return; }
  if (n === 63) { vb[d] = (hi >>> 31) | (lo << 1); vb[d + 1] = (lo >>> 31) | (hi << 1); return; }
  vb[d] = (lo >>> n) | (hi << (32 - n));
  vb[d + 1] = (hi >>> n) | (lo << (32 - n));
}

function gB(a: number, b: number, c: number, d: number, x: number, y: number): void {
  add3(2 * a, 2 * b, 2 * x); xorRot(2 * d, 2 * a, 32);
  add3(2 * c, 2 * d, -1); xorRot(2 * b, 2 * c, 24);
  add3(2 * a, 2 * b, 2 * y); xorRot(2 * d, 2 * a, 16);
  add3(2 * c, 2 * d, -1); xorRot(2 * b, 2 * c, 63);
}

function compressB(s: Blake2, block: Uint8Array, off: number, last: boolean): void {
  for (let i = 0; i < 32; i++) mb[i] = readLE32(block, off + 4 * i);
  vb.set(s.h, 0);
  vb.set(IV_B, 16);
  vb[24] ^= s.counter % 0x100000000;
  vb[25] ^= Math.floor(s.counter / 0x100000000);
  if (last) {
    vb[28] = ~vb[28]; vb[29] = ~vb[29];
    if (s.lastNode) { vb[30] = ~vb[30]; vb[31] = ~vb[31]; }
  }
  for (let r = 0; r < 12; r++) {
    const sg = SIGMA[r % 10];
    gB(0, 4, 8, 12, sg[0], sg[1]);
    gB(1, 5, 9, 13, sg[2], sg[3]);
    gB(2, 6, 10, 14, sg[4], sg[5]);
    gB(3, 7, 11, 15, sg[6], sg[7]);
    gB(0, 5, 10, 15, sg[8], sg[9]);
    gB(1, 6, 11, 12, sg[10], sg[11]);
    gB(2, 7, 8, 13, sg[12], sg[13]);
    gB(3, 4, 9, 14, sg[14], sg[15]);
  }
  for (let i = 0; i < 16; i++) s.h[i] ^= vb[i] ^ vb[i + 16];
}

const vs = new Uint32Array(16);
const ms = new Uint32Array(16);

function rotr32(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

function gS(a: number, b: number, c: number, d: number, x: number, y: number): void {
  vs[a] = vs[a] + vs[b] + ms[x]; vs[d] = rotr32(vs[d] ^ vs[a], 16);
  vs[c] = vs[c] + vs[d]; vs[b] = rotr32(vs[b] ^ vs[c], 12);
  vs[a] = vs[a] + vs[b] + ms[y]; vs[d] = rotr32(vs[d] ^ vs[a], 8);
  vs[c] = vs[c] + vs[d]; vs[b] = rotr32(vs[b] ^ vs[c], 7);
}

function compressS(s: Blake2, block: Uint8Array, off: number, last: boolean): void {
  for (let i = 0; i < 16; i++) ms[i] = readLE32(block, off + 4 * i);
  vs.set(s.h, 0);
  vs.set(IV_S, 8);
  vs[12] ^= s.counter % 0x100000000;
  vs[13] ^= Math.floor(s.counter / 0x100000000);
  if (last) {
    vs[14] = ~vs[14];
    if (s.lastNode) vs[15] = ~vs[15];
  }
  for (let r = 0; r < 10; r++) {
    const sg = SIGMA[r];
    gS(0, 4, 8, 12, sg[0], sg[1]);
    gS(1, 5, 9, 13, sg[2], sg[3]);
    gS(2, 6, 10, 14, sg[4], sg[5]);
    gS(3, 7, 11, 15, sg[6], sg[7]);
    gS(0, 5, 10, 15, sg[8], sg[9]);
    gS(1, 6, 11, 12, sg[10], sg[11]);
    gS(2, 7, 8, 13, sg[12], sg[13]);
    gS(3, 4, 9, 14, sg[14], sg[15]);
  }
  for (let i = 0; i < 8; i++) s.h[i] ^= vs[i] ^ vs[i + 8];
}

// ---- the Python types ---------------------------------------------------------------------------

const PARAMS = ["digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
  "node_depth", "inner_size", "last_node", "usedforsecurity"];

function bufferParam(v: PyValue | undefined): Uint8Array {
  if (v === undefined) return new Uint8Array(0);
  const d = bytesData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** An `int` (C int) parameter. */
function intParam(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = index(v);
  if (typeof n === "bigint" || n > 0x7fffffff || n < -0x80000000) raiseError(OverflowError, "Python int too large to convert to C int");
  return n;
}

/** An unsigned parameter (leaf_size: unsigned long, node_offset: unsigned long long). */
function unsignedParam(v: PyValue | undefined, longLong: boolean): I.PyInt {
  if (v === undefined) return 0;
  const n = intValue(v);
  if (n === undefined) typeError("an integer is required");
  if (I.isNegative(n)) valueError("value must be positive");
  if (typeof n === "bigint" && n >= 1n << 64n) {
    raiseError(OverflowError, longLong ? "int too big to convert" : "Python int too large to convert to C unsigned long");
  }
  return n;
}

function blake2Type(name: string, v: Variant): PyType {
  const info: HashInfo = { name, digestSize: v.outBytes, blockSize: v.blockBytes, xof: false, plainCopyError: false };
  const t = hashType("_blake2", info);
  t.ns.set("__doc__", `Return a new BLAKE2${v.wide ? "b" : "s"} hash object.`);
  t.ns.set("SALT_SIZE", v.saltBytes);
  t.ns.set("PERSON_SIZE", v.saltBytes);
  t.ns.set("MAX_KEY_SIZE", v.keyBytes);
  t.ns.set("MAX_DIGEST_SIZE", v.outBytes);
  defNew(t, (args, kw) => {
    const p = constructorArgs(name, args.slice(1), kw, PARAMS);
    // Converted in parameter order (Argument Clinic), then checked in CPython's order.
    const digestSize = intParam(p.get("digest_size"), v.outBytes);
    const key = bufferParam(p.get("key"));
    const salt = bufferParam(p.get("salt"));
    const person = bufferParam(p.get("person"));
    const fanout = intParam(p.get("fanout"), 1);
    const depth = intParam(p.get("depth"), 1);
    const leafSize = unsignedParam(p.get("leaf_size"), false);
    const nodeOffset = unsignedParam(p.get("node_offset"), true);
    const nodeDepth = intParam(p.get("node_depth"), 0);
    const innerSize = intParam(p.get("inner_size"), 0);
    const lastNodeArg = p.get("last_node");
    const lastNode = lastNodeArg !== undefined && truthy(lastNodeArg);
    const usedForSecurity = p.get("usedforsecurity");
    if (usedForSecurity !== undefined) truthy(usedForSecurity);
    if (digestSize <= 0 || digestSize > v.outBytes) valueError(`digest_size must be between 1 and ${v.outBytes} bytes`);
    if (salt.length > v.saltBytes) valueError(`maximum salt length is ${v.saltBytes} bytes`);
    if (person.length > v.saltBytes) valueError(`maximum person length is ${v.saltBytes} bytes`);
    if (fanout < 0 || fanout > 255) valueError("fanout must be between 0 and 255");
    if (depth <= 0 || depth > 255) valueError("depth must be between 1 and 255");
    if (leafSize > 0xffffffff) raiseError(OverflowError, "leaf_size is too large");
    if (!v.wide && nodeOffset > 0xffffffffffff) raiseError(OverflowError, "node_offset is too large");
    if (nodeDepth < 0 || nodeDepth > 255) valueError("node_depth must be between 0 and 255");
    if (innerSize < 0 || innerSize > v.outBytes) valueError(`inner_size must be between 0 and is ${v.outBytes}`);
    if (key.length > v.keyBytes) valueError(`maximum key length is ${v.keyBytes} bytes`);

    // The parameter block (RFC 7693 section 2.5; tree fields as in the BLAKE2 paper).
    const pb = new Uint8Array(v.wide ? 64 : 32);
    pb[0] = digestSize; pb[1] = key.length; pb[2] = fanout; pb[3] = depth;
    const leaf = Number(leafSize);
    pb[4] = leaf; pb[5] = leaf >>> 8; pb[6] = leaf >>> 16; pb[7] = leaf >>> 24;
    let off = I.toBigInt(nodeOffset);
    const offBytes = v.wide ? 8 : 6;
    for (let i = 0; i < offBytes; i++, off >>= 8n) pb[8 + i] = Number(off & 0xffn);
    pb[8 + offBytes] = nodeDepth;
    pb[9 + offBytes] = innerSize;
    pb.set(salt, v.wide ? 32 : 16);
    pb.set(person, v.wide ? 48 : 24);
    const h = (v.wide ? IV_B : IV_S).slice();
    for (let i = 0; i < h.length; i++) h[i] ^= readLE32(pb, 4 * i);

    const state = new Blake2(v, digestSize, lastNode, h);
    if (key.length > 0) {
      const block = new Uint8Array(v.blockBytes);
      block.set(key);
      state.update(block);
    }
    const data = p.get("");
    if (data !== undefined) state.update(hashData(data));
    return new PyHash(args[0] as PyType, { ...info, digestSize }, state);
  });
  return t;
}

const blake2bType = blake2Type("blake2b", B);
const blake2sType = blake2Type("blake2s", S);

defineModule("_blake2", (dict) => {
  dict.set("blake2b", blake2bType);
  dict.set("blake2s", blake2sType);
  dict.set("BLAKE2B_SALT_SIZE", 16);
  dict.set("BLAKE2B_PERSON_SIZE", 16);
  dict.set("BLAKE2B_MAX_KEY_SIZE", 64);
  dict.set("BLAKE2B_MAX_DIGEST_SIZE", 64);
  dict.set("BLAKE2S_SALT_SIZE", 8);
  dict.set("BLAKE2S_PERSON_SIZE", 8);
  dict.set("BLAKE2S_MAX_KEY_SIZE", 32);
  dict.set("BLAKE2S_MAX_DIGEST_SIZE", 32);
});
