// _random: the Mersenne Twister (MT19937) behind random.Random, seeded, stepped and
// serialized exactly as CPython 3.11's _random.Random so that random.py yields the same
// sequences. The generator is the published reference algorithm (Matsumoto & Nishimura 1998);
// what is CPython-specific is how seeds become key arrays, how doubles and big ints are built
// from 32-bit outputs, and the getstate/setstate format (624 words, then the index).

import { nodeCrypto } from "../vm/nodelib";
import { hashOf, index, intValue, typeName } from "../objects/abstract";
import { OverflowError, raiseError, typeError, valueError } from "../objects/exceptions";
import * as I from "../objects/intmath";
import { checkArgs, defMethods, defNew, noKwargs } from "../objects/native";
import { PyObject, PyType } from "../objects/object";
import { None, PyFloat, PyMethodDescr, PyTuple, PyValue } from "../objects/types";
import { defineModule, nativeType } from "./registry";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export const randomType = nativeType("_random", "Random");

export class PyRandom extends PyObject {
  /** The 624-word state; all zero (and index 0) until seeded, as after CPython's allocation. */
  readonly mt: Uint32Array;
  index: number;
  constructor(cls: PyType) {
    super(cls);
    this.mt = new Uint32Array(N);
    this.index = 0;
  }

  /** Reference init_genrand: fills the state from one 32-bit seed. */
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
    }
    this.index = N;
  }

  /** Reference init_by_array: seeds from a key of 32-bit words (least significant first). */
  initByArray(key: Uint32Array): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    const len = key.length;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = (mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = (mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** The next tempered 32-bit output (genrand_uint32), as an unsigned number. */
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): a double in [0, 1) from 27 + 26 bits of two outputs (CPython's genrand_res53). */
  nextDouble(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k), k >= 0: successive outputs fill 32-bit words from the least significant up;
   *  the last one keeps only its top bits. */
  getrandbits(k: number): I.PyInt {
    if (k === 0) return 0;
    if (k <= 32) return this.next32() >>> (32 - k);
    const words = Math.ceil(k / 32);
    const hex = new Array<string>(words);
    for (let i = 0; i < words; i++, k -= 32) {
      let r = this.next32();
      if (k < 32) r >>>= 32 - k;
      hex[words - 1 - i] = r.toString(16).padStart(8, "0");
    }
    return I.normalize(BigInt("0x" + hex.join("")));
  }
}

function asRandom(v: PyValue, method: string): PyRandom {
  if (!(v instanceof PyRandom)) {
    typeError(`descriptor '${method}' for '_random.Random' objects doesn't apply to a '${typeName(v)}' object`);
  }
  return v;
}

/** The words of a non-negative int, least significant first (at least one). */
function intToKey(n: I.PyInt): Uint32Array {
  if (typeof n === "number" && n < 2 ** 32) return Uint32Array.of(n);
  const hex = I.toBigInt(n).toString(16);
  const words = Math.ceil(hex.length / 8);
  const key = new Uint32Array(words);
  for (let i = 0; i < words; i++) {
    const end = hex.length - 8 * i;
    key[i] = parseInt(hex.slice(Math.max(0, end - 8), end), 16);
  }
  return key;
}

/** Random.seed(n): None reseeds from the OS; an int by its absolute value; anything else by its
 *  hash, read as an unsigned 64-bit number (CPython's (size_t)hash). */
function seedRandom(r: PyRandom, arg: PyValue | undefined): void {
  if (arg === undefined || arg === None) {
    const key = new Uint32Array(N);
    nodeCrypto().randomFillSync(key);
    r.initByArray(key);
    return;
  }
  let n = intValue(arg);
  if (n !== undefined) {
    n = I.abs(n);
  } else {
    n = hashOf(arg);
    if (I.isNegative(n)) n = I.add(n, I.normalize(1n << 64n));
  }
  r.initByArray(intToKey(n));
}

/** A state word: PyLong_AsUnsignedLong (64-bit), kept to 32 bits as CPython's cast does. */
function stateWord(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) typeError("an integer is required");
  if (I.isNegative(n)) raiseError(OverflowError, "can't convert negative value to unsigned int");
  if (typeof n === "bigint") {
    if (n >= 1n << 64n) raiseError(OverflowError, "Python int too large to convert to C unsigned long");
    return Number(n & 0xffffffffn);
  }
  return n % 2 ** 32;
}

function initRandomType(): void {
  const t = randomType;
  t.ns.set("__doc__", "Random() -> create a random number generator with its own internal state.");
  // tp_new is the generic one: arguments are left to __init__.
  defNew(t, (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) typeError(`Random.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtypeOf(t)) typeError(`Random.__new__(${cls.name}): ${cls.name} is not a subtype of _random.Random`);
    return new PyRandom(cls);
  });
  defMethods(t, {
    __init__(args, kwnames) {
      const self = asRandom(args[0], "__init__");
      // Keywords are refused unless a subclass brings its own __init__ (CPython checks tp_init).
      if (self.cls.lookup("__init__") === t.ns.get("__init__")) noKwargs("Random", kwnames);
      const nkw = kwnames === null ? 0 : kwnames.length;
      const npos = args.length - 1 - nkw;
      if (npos > 1) typeError("Random() requires 0 or 1 argument");
      seedRandom(self, npos === 1 ? args[1] : undefined);
      return None;
    },
    random(args, kwnames) {
      checkArgs("Random.random", args, kwnames, 0, 0);
      return new PyFloat(asRandom(args[0], "random").nextDouble());
    },
    seed(args, kwnames) {
      checkArgs("seed", args, kwnames, 0, 1);
      seedRandom(asRandom(args[0], "seed"), args[1]);
      return None;
    },
    getstate(args, kwnames) {
      checkArgs("Random.getstate", args, kwnames, 0, 0);
      const r = asRandom(args[0], "getstate");
      const items: PyValue[] = Array.from(r.mt);
      items.push(r.index);
      return new PyTuple(items);
    },
    setstate(args, kwnames) {
      checkArgs("Random.setstate", args, kwnames, 1, 1);
      const r = asRandom(args[0], "setstate");
      const state = args[1];
      if (!(state instanceof PyTuple)) typeError("state vector must be a tuple");
      if (state.items.length !== N + 1) valueError("state vector is the wrong size");
      const words = new Uint32Array(N);
      for (let i = 0; i < N; i++) words[i] = stateWord(state.items[i]);
      const idx = index(state.items[N]);
      if (typeof idx === "bigint") raiseError(OverflowError, "Python int too large to convert to C long");
      if (idx < 0 || idx > N) valueError("invalid state");
      r.mt.set(words);
      r.index = idx;
      return None;
    },
    getrandbits(args, kwnames) {
      checkArgs("Random.getrandbits", args, kwnames, 1, 1);
      const r = asRandom(args[0], "getrandbits");
      const k = index(args[1]);
      if (typeof k === "bigint" || k > 0x7fffffff || k < -0x80000000) {
        raiseError(OverflowError, "Python int too large to convert to C int");
      }
      if (k < 0) valueError("number of bits must be non-negative");
      return r.getrandbits(k);
    },
  });
  const docs: Record<string, string> = {
    random: "random() -> x in the interval [0, 1).",
    seed: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
    getstate: "getstate() -> tuple containing the current state.",
    setstate: "setstate(state) -> None.  Restores generator state.",
    getrandbits: "getrandbits(k) -> x.  Generates an int with k random bits.",
  };
  for (const [name, doc] of Object.entries(docs)) {
    const d = t.ns.get(name) as PyMethodDescr;
    d.doc = doc;
  }
}

initRandomType();

defineModule("_random", (dict) => {
  dict.set("Random", randomType);
}, "Module implements the Mersenne Twister random number generator.");
