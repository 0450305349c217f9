// Hash functions that dict and set storage need without the object model: CPython 3.11's
// tuple hash (xxHash-based), frozenset hash, complex hash, a fast str hash, hash(None), and the
// hooks through which the object layer supplies hash() and == for everything else.
//
// 64-bit hashes. CPython's hashes are C `Py_hash_t` (signed 64-bit). As Python ints they are
// PyInts (intmath.ts): int and float hashes lie within +-(2^61 - 1), tuple and frozenset hashes
// anywhere in int64. Tables and the tuple hash work on the two 32-bit halves instead, so that
// hashing a tuple never allocates a bigint: the "hash register" `hashReg` ([0] = low half,
// [1] = high half, both as int32) carries a hash between functions, and a hook may return
// HASH_IN_REG (NaN, never a valid hash) to say "the result is in the register".

import { hash as intHash, type PyInt } from "./intmath";
import { hashFloat } from "./intfloat";

/** [low 32 bits, high 32 bits] of a 64-bit hash, both as int32. */
export const hashReg = new Int32Array(2);

/** Returned by a hash hook (or a *ToReg helper's caller) when the result is in hashReg. */
export const HASH_IN_REG = NaN;

const TWO32 = 4294967296;
const TWO21 = 2097152;

/** Loads a PyInt hash (any int64 value) into hashReg. */
export function loadHash(h: PyInt): void {
  if (typeof h === "number") {
    hashReg[0] = h; // ToInt32 takes the value mod 2^32, right for negatives too
    hashReg[1] = Math.floor(h / TWO32);
  } else {
    hashReg[0] = Number(BigInt.asIntN(32, h));
    hashReg[1] = Number(BigInt.asIntN(32, h >> 32n));
  }
}

/** The signed 64-bit value with halves (hi, lo), as a canonical PyInt. */
export function halvesToInt(hi: number, lo: number): PyInt {
  if (hi >= -TWO21 && hi < TWO21) {
    const v = hi * TWO32 + (lo >>> 0);
    if (Number.isSafeInteger(v)) return v; // -2^53 itself is not safe: falls through
  }
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

/** The hash in hashReg as a PyInt. */
export function regToInt(): PyInt {
  return halvesToInt(hashReg[1], hashReg[0]);
}

/** -1 is CPython's error return, so a computed hash of -1 becomes -2. */
export function fixHash(h: PyInt): PyInt {
  return h === -1 ? -2 : h;
}

// ---- hooks from the object layer -------------------------------------------------------------

/**
 * How DictStore and SetStore hash and compare keys they cannot handle themselves. Strings and
 * ints (number, bigint) never reach these hooks: a str hashes with strHash, an int with
 * intmath.hash, two strs or two ints are equal when ===, and a str never equals an int. Every
 * other key (PyFloat, True, tuples, instances, str and int subclasses...) does.
 *
 *   hash(key): hash(key) as a PyInt, or HASH_IN_REG after loading hashReg. Throws a Python
 *     exception for an unhashable key.
 *   eq(stored, probe): stored == probe as a bool (the key already in the table is the left
 *     operand, as in CPython's lookups). Only called when the hashes are equal and the keys are
 *     not identical. May throw, and may mutate the container (the stores detect that).
 *
 * The defaults (identity hash by a per-object counter, identity equality) are for tests.
 */
export interface KeyOps {
  hash(key: unknown): PyInt;
  eq(stored: unknown, probe: unknown): boolean;
}

const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 1;

export const keyOps: KeyOps = {
  hash(key: unknown): PyInt {
    if (typeof key === "string") return strHash(key);
    if (typeof key === "number" || typeof key === "bigint") return intHash(key);
    const o = key as object;
    let h = identityHashes.get(o);
    if (h === undefined) identityHashes.set(o, (h = nextIdentityHash++));
    return h;
  },
  eq(stored: unknown, probe: unknown): boolean {
    return stored === probe;
  },
};

/** Installs the object layer's hash and == (see KeyOps). */
export function setKeyOps(ops: KeyOps): void {
  keyOps.hash = ops.hash;
  keyOps.eq = ops.eq;
}

/** Loads the hash of any key into hashReg: strs and ints directly, others through the hook. */
export function hashKeyToReg(key: unknown): void {
  if (typeof key === "string") {
    strHashToReg(key);
    return;
  }
  const h = typeof key === "number" ? (key === -1 ? -2 : key) : keyOps.hash(key);
  if (h === h) loadHash(h); // NaN (HASH_IN_REG): already loaded
}

// ---- str ------------------------------------------------------------------------------------

/**
 * hash(str). CPython randomizes str hashes (SipHash-1-3 with a per-process key), so no program
 * can depend on the values, and any good stable function will do. This one runs two 32-bit
 * multiplicative lanes over the UTF-16 code units (FNV-1a style, then a murmur3 finalizer for
 * the low lane, whose bits pick the table slot) and returns a non-negative 53-bit number: a
 * safe-integer PyInt, never -1. hash('') is 0, as in CPython.
 */
export function strHash(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let a = 0x811c9dc5 ^ n;
  let b = 0x2545f491;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  return (b >>> 11) * TWO32 + (a >>> 0);
}

function strHashToReg(s: string): void {
  const h = strHash(s);
  hashReg[0] = h;
  hashReg[1] = Math.floor(h / TWO32);
}

// ---- None, bool, complex --------------------------------------------------------------------

/**
 * hash(None). CPython 3.11 hashes None by its address (_Py_HashPointer: the address rotated
 * right by 4 bits, so id(None) >> 4 on x86-64), which changes from run to run with ASLR; 3.12
 * made it a constant. Any stable value is faithful; this one is a typical 3.11 value on Linux
 * x86-64 (an address near 0x7f.., shifted). Sets containing None therefore have no fixed order
 * in CPython 3.11 either.
 */
export const NONE_HASH = 8786309438398;

/** hash(True) and hash(False): bool hashes as the int it equals. */
export function boolHash(b: boolean): number {
  return b ? 1 : 0;
}

/** _PyHASH_IMAG */
const HASH_IMAG = 1000003;

/**
 * hash(complex(re, im)) as CPython's complex_hash: hash(re) + 1000003 * hash(im), computed in
 * unsigned 64-bit arithmetic (so it wraps), then -1 becomes -2. `nanHash` stands for the
 * identity hash CPython 3.11 gives a NaN part (see intfloat.hashFloat).
 */
export function complexHash(re: number, im: number, nanHash: PyInt = 0): PyInt {
  const hr = hashFloat(re, nanHash);
  const hi = hashFloat(im, nanHash);
  if (typeof hr === "number" && typeof hi === "number") {
    const v = hr + HASH_IMAG * hi;
    if (Number.isSafeInteger(v)) return v === -1 ? -2 : v;
  }
  const v = BigInt.asIntN(64, BigInt(hr) + BigInt(HASH_IMAG) * BigInt(hi));
  return v === -1n ? -2 : halvesToInt(Number(BigInt.asIntN(32, v >> 32n)), Number(BigInt.asIntN(32, v)));
}

// ---- 64-bit arithmetic on halves ------------------------------------------------------------

// Results of mul64 (module scratch, so that no pair is allocated).
let mulHi = 0;
let mulLo = 0;

/** (aHi:aLo) * (bHi:bLo) mod 2^64 into mulHi:mulLo. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  // The full 64-bit product of the low halves, from 16-bit pieces; every partial sum is below
  // 2^53, so double arithmetic is exact.
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const m1 = a1 * b0;
  const m2 = a0 * b1;
  const t = a0 * b0 + ((m1 & 0xffff) + (m2 & 0xffff)) * 65536;
  const carry = Math.floor(t / TWO32);
  const hiLow = a1 * b1 + (m1 >>> 16) + (m2 >>> 16) + carry; // < 2^33: exact
  mulLo = t | 0;
  mulHi = (hiLow + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) | 0;
}

// ---- tuple ----------------------------------------------------------------------------------

// CPython 3.11's tuple hash is a simplified xxHash64 over the element hashes ("lanes"):
// acc = P5; for each lane: acc += lane * P2; acc = rotl(acc, 31); acc *= P1; then
// acc += len ^ (P5 ^ 3527539), and a result of -1 becomes 1546275796. The primes, as halves:
const P1_HI = 0x9e3779b1 | 0; // 11400714785074694791
const P1_LO = 0x85ebca87 | 0;
const P2_HI = 0xc2b2ae3d | 0; // 14029467366897019727
const P2_LO = 0x27d4eb4f | 0;
const P5_HI = 0x27d4eb2f | 0; // 2870177450012600261
const P5_LO = 0x165667c5 | 0;
const LEN_MIX_LO = (0x165667c5 ^ 3527539) | 0; // low half of P5 ^ 3527539; high half is P5_HI

/** How the tuple hash gets an element's hash: a PyInt, or HASH_IN_REG with hashReg loaded. */
export type ItemHash = (item: unknown) => PyInt;

/**
 * hash(tuple) into hashReg. `hashItem` is called once per element, in order (a Python
 * __hash__ may print); it may itself hash nested tuples, since the accumulator is local.
 */
export function tupleHashToReg(items: ArrayLike<unknown>, hashItem: ItemHash): void {
  let accHi = P5_HI;
  let accLo = P5_LO;
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const x = items[i];
    let laneHi: number;
    let laneLo: number;
    if (typeof x === "number") {
      const h = x === -1 ? -2 : x;
      laneLo = h | 0;
      laneHi = Math.floor(h / TWO32) | 0;
    } else if (typeof x === "string") {
      const h = strHash(x);
      laneLo = h | 0;
      laneHi = Math.floor(h / TWO32) | 0;
    } else {
      const h = hashItem(x);
      if (h === h) loadHash(h);
      laneLo = hashReg[0];
      laneHi = hashReg[1];
    }
    // acc += lane * P2
    mul64(laneHi, laneLo, P2_HI, P2_LO);
    const lo = (accLo >>> 0) + (mulLo >>> 0);
    accHi = (accHi + mulHi + (lo >= TWO32 ? 1 : 0)) | 0;
    accLo = lo | 0;
    // acc = rotl(acc, 31)
    const rHi = (accHi << 31) | (accLo >>> 1);
    const rLo = (accLo << 31) | (accHi >>> 1);
    // acc *= P1
    mul64(rHi, rLo, P1_HI, P1_LO);
    accHi = mulHi;
    accLo = mulLo;
  }
  // acc += n ^ (P5 ^ 3527539), n < 2^32
  const lo = (accLo >>> 0) + ((n ^ LEN_MIX_LO) >>> 0);
  accHi = (accHi + P5_HI + (lo >= TWO32 ? 1 : 0)) | 0;
  accLo = lo | 0;
  if (accHi === -1 && accLo === -1) {
    accHi = 0;
    accLo = 1546275796;
  }
  hashReg[0] = accLo;
  hashReg[1] = accHi;
}

/** hash(tuple) as a PyInt (see tupleHashToReg). */
export function tupleHash(items: ArrayLike<unknown>, hashItem: ItemHash): PyInt {
  tupleHashToReg(items, hashItem);
  return regToInt();
}

// ---- frozenset ------------------------------------------------------------------------------

// CPython 3.11's frozenset hash: xor over the elements of shuffle(h) = ((h ^ 89869747) ^
// (h << 16)) * 3644798167 (mod 2^64), so that order does not matter; then mix in the size,
// disperse, and map -1 to 590923713.
const SHUF_XOR = 89869747;
const SHUF_MUL = 3644798167 | 0; // < 2^32: high half 0
const SIZE_MUL = 1927868237;
const FINAL_MUL = 69069;
const FINAL_ADD = 907133923;

/**
 * hash(frozenset) from the hashes of its n elements, given as halves (any order): lo[i] and
 * hi[i] for i < n. Loads hashReg and returns the PyInt.
 */
export function frozensetHash(n: number, lo: ArrayLike<number>, hi: ArrayLike<number>): PyInt {
  let xHi = 0;
  let xLo = 0;
  for (let i = 0; i < n; i++) {
    const hHi = hi[i];
    const hLo = lo[i];
    const sHi = hHi ^ ((hHi << 16) | (hLo >>> 16));
    const sLo = hLo ^ SHUF_XOR ^ (hLo << 16);
    mul64(sHi, sLo, 0, SHUF_MUL);
    xHi ^= mulHi;
    xLo ^= mulLo;
  }
  // hash ^= (n + 1) * 1927868237
  mul64(0, n + 1, 0, SIZE_MUL);
  xHi ^= mulHi;
  xLo ^= mulLo;
  // hash ^= (hash >> 11) ^ (hash >> 25), logical shifts
  const s11Hi = xHi >>> 11;
  const s11Lo = (xLo >>> 11) | (xHi << 21);
  const s25Hi = xHi >>> 25;
  const s25Lo = (xLo >>> 25) | (xHi << 7);
  xHi ^= s11Hi ^ s25Hi;
  xLo ^= s11Lo ^ s25Lo;
  // hash = hash * 69069 + 907133923
  mul64(xHi, xLo, 0, FINAL_MUL);
  const lo2 = (mulLo >>> 0) + FINAL_ADD;
  xHi = (mulHi + (lo2 >= TWO32 ? 1 : 0)) | 0;
  xLo = lo2 | 0;
  if (xHi === -1 && xLo === -1) {
    xHi = 0;
    xLo = 590923713;
  }
  hashReg[0] = xLo;
  hashReg[1] = xHi;
  return halvesToInt(xHi, xLo);
}
