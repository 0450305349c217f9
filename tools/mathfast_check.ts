// Dev check for src/modules/mathfast.ts: the fast functions must return exactly what the BigInt
// functions of mathcr.ts return, and the fast steps' actual errors must stay well inside their
// claimed bounds. Also times both.
//
//   npx esbuild tools/mathfast_check.ts --bundle --platform=node --outfile=/tmp/mathfast_check.js
//   node /tmp/mathfast_check.js [count per function, default 200000] [--bench]

import * as F from "../src/modules/mathfast";
import * as CR from "../src/modules/mathcr";
import { decompose, roundToDouble } from "../src/objects/floatbits";

const argv = process.argv.slice(2);
const COUNT = Number(argv.find((a) => /^\d+$/.test(a)) ?? 200000);
const BENCH = argv.includes("--bench");

// Deterministic PRNG (xorshift128+ on two 32-bit halves is enough here).
let seed = 0x9e3779b9;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function randBits(): number {
  u32[0] = (rand() * 4294967296) >>> 0;
  u32[1] = (rand() * 4294967296) >>> 0;
  return f64[0];
}
function ulpStep(x: number, k: number): number {
  f64[0] = x;
  const lo = u32[0] + k;
  if (lo >= 0 && lo < 4294967296) {
    u32[0] = lo;
    return f64[0];
  }
  return x;
}
function logUniform(lo: number, hi: number): number {
  return 2 ** (lo + rand() * (hi - lo)) * (rand() < 0.5 ? -1 : 1);
}

const SPECIAL = [0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-200, 1e-20,
  1e-10, 1e-8, 2 ** -26, 2 ** -27, 2 ** -28, 0.5, 1, -1, 2, 3, 10, 100, 1e10, 1e15, 1e300, 1.7976931348623157e308,
  709.78, 709.7, 709.69, 709.782712893384, -707, -707.1, -708.39, -745.13, -745.14, -1021, -1021.5, 1023.99, 1024,
  Math.PI, Math.PI / 2, Math.PI / 4, 2 * Math.PI, 524287.9, 524288, 524288.1, 1 - 2 ** -53, 1 + 2 ** -52,
  0.6875, 1.375, 0.99609375, 1.0078125];

function specials(): number[] {
  const out = [...SPECIAL, ...SPECIAL.map((x) => -x)];
  for (const b of SPECIAL) for (let k = -3; k <= 3; k++) out.push(ulpStep(b, k));
  // Near multiples of pi/2 (the worst cases for reduction).
  for (let q = 1; q < 400000; q = Math.ceil(q * 1.37)) {
    const c = (q * Math.PI) / 2;
    for (let k = -2; k <= 2; k++) out.push(ulpStep(c, k), -ulpStep(c, k));
  }
  // Known hard case for sin/cos: close to a multiple of pi/2.
  out.push(6381956970095103 * 2 ** 797, 5.319372648326541e255, 1.5707963267948966, 355, 103993, 312689, 833719);
  // Near 1 for log, table bin edges.
  for (let k = 1; k < 60; k++) out.push(1 + 2 ** -k, 1 - 2 ** -k, 1 + 3 * 2 ** -k);
  for (let i = 0; i <= 128; i++) {
    u32[0] = 0;
    u32[1] = 0x3fe60000 + (i << 13);
    out.push(f64[0], ulpStep(f64[0], -1), ulpStep(f64[0], 1), f64[0] * 2, f64[0] / 8);
  }
  return out;
}

type Fn = (x: number) => number;
interface Case { name: string; fast: Fn; slow: Fn; gen: () => number }

const cases: Case[] = [
  { name: "exp", fast: F.crExp, slow: CR.crExp, gen: () => (rand() < 0.7 ? (rand() - 0.5) * 1500 : logUniform(-60, 10)) },
  { name: "exp2", fast: F.crExp2, slow: CR.crExp2, gen: () => (rand() < 0.7 ? (rand() - 0.5) * 2200 : logUniform(-60, 10)) },
  { name: "log", fast: F.crLog, slow: CR.crLog, gen: () => Math.abs(rand() < 0.3 ? randBits() : rand() < 0.5 ? 1 + logUniform(-55, -1) : logUniform(-1074, 1024)) },
  { name: "log2", fast: F.crLog2, slow: CR.crLog2, gen: () => Math.abs(rand() < 0.3 ? randBits() : rand() < 0.5 ? 1 + logUniform(-55, -1) : logUniform(-1074, 1024)) },
  { name: "sin", fast: F.crSin, slow: CR.crSin, gen: () => (rand() < 0.6 ? (rand() - 0.5) * 20 : logUniform(-40, 22)) },
  { name: "cos", fast: F.crCos, slow: CR.crCos, gen: () => (rand() < 0.6 ? (rand() - 0.5) * 20 : logUniform(-40, 22)) },
  { name: "tan", fast: F.crTan, slow: CR.crTan, gen: () => (rand() < 0.6 ? (rand() - 0.5) * 20 : logUniform(-40, 22)) },
  { name: "atan", fast: F.crAtan, slow: CR.crAtan, gen: () => (rand() < 0.5 ? (rand() - 0.5) * 8 : logUniform(-1000, 1000)) },
  { name: "asin", fast: F.crAsin, slow: CR.crAsin, gen: () => (rand() < 0.5 ? rand() * 2 - 1 : rand() < 0.5 ? logUniform(-60, 0) : (1 - 2 ** -(rand() * 53)) * (rand() < 0.5 ? -1 : 1)) },
  { name: "acos", fast: F.crAcos, slow: CR.crAcos, gen: () => (rand() < 0.5 ? rand() * 2 - 1 : rand() < 0.5 ? logUniform(-60, 0) : (1 - 2 ** -(rand() * 53)) * (rand() < 0.5 ? -1 : 1)) },
];

function key(v: number): string {
  return Object.is(v, -0) ? "-0" : String(v);
}

let failures = 0;
for (const c of cases) {
  const xs = specials();
  for (let i = 0; i < COUNT; i++) xs.push(c.gen());
  let bad = 0;
  for (const x of xs) {
    // Zero and negatives never reach the logarithms (the math module raises first).
    if (c.name.startsWith("log") && !(x > 0) && x === x) continue;
    const a = c.fast(x);
    const b = c.slow(x);
    if (!Object.is(a, b)) {
      if (bad < 5) console.log(`MISMATCH ${c.name}(${key(x)}): fast ${key(a)} BigInt ${key(b)}`);
      bad++;
    }
  }
  failures += bad;
  console.log(`${c.name.padEnd(5)} ${xs.length} arguments, ${bad} mismatches`);
}

// atan2 on pairs.
{
  let bad = 0;
  const n = Math.max(1000, COUNT / 2);
  for (let i = 0; i < n; i++) {
    const y = rand() < 0.5 ? (rand() - 0.5) * 10 : logUniform(-1100, 1100);
    const x = rand() < 0.1 ? 0 : rand() < 0.5 ? (rand() - 0.5) * 10 : logUniform(-1100, 1100);
    if (y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    const a = F.crAtan2(y, x);
    const b = CR.crAtan2(y, x);
    if (!Object.is(a, b)) {
      if (bad < 5) console.log(`MISMATCH atan2(${y}, ${x}): fast ${a} BigInt ${b}`);
      bad++;
    }
  }
  failures += bad;
  console.log(`atan2 ${n} pairs, ${bad} mismatches`);
}

// hypot: the fast sum of squares against the exact one (as math.ts computes it).
function exactNorm(xs: number[]): number {
  let emin = Infinity;
  const parts: { m: bigint; e: number }[] = [];
  for (const x of xs) {
    if (x === 0) continue;
    const d = decompose(Math.abs(x));
    parts.push({ m: BigInt(d.m), e: d.e });
    if (d.e < emin) emin = d.e;
  }
  let S = 0n;
  for (const p of parts) S += (p.m * p.m) << BigInt(2 * (p.e - emin));
  const bits = S.toString(2).length;
  const k = Math.max(0, Math.ceil((120 - bits) / 2));
  const Ss = S << BigInt(2 * k);
  const r = CR.isqrtBig(Ss);
  return roundToDouble((r << 1n) | (r * r === Ss ? 0n : 1n), emin - k - 1);
}
{
  let bad = 0;
  let undecided = 0;
  const n = Math.max(1000, COUNT / 2);
  for (let i = 0; i < n; i++) {
    const len = 2 + Math.floor(rand() * (rand() < 0.8 ? 2 : 20));
    const xs: number[] = [];
    for (let j = 0; j < len; j++) xs.push(rand() < 0.5 ? (rand() - 0.5) * 100 : rand() < 0.1 ? Math.round(rand() * 20) : logUniform(-500, 500));
    const max = Math.max(...xs.map(Math.abs));
    if (max === 0) continue;
    const a = F.hypotFast(xs, max);
    if (a !== a) { undecided++; continue; }
    const b = exactNorm(xs);
    if (!Object.is(a, b)) {
      if (bad < 5) console.log(`MISMATCH hypot(${xs}): fast ${a} exact ${b}`);
      bad++;
    }
  }
  failures += bad;
  console.log(`hypot ${n} vectors, ${bad} mismatches (${undecided} left to the exact path)`);
}

// ---- actual error of the fast steps against high-precision BigInt values ------------------------

const W = 320;
let Wm = W; // the scale of the reference value (more for tiny results)
function fixDD(h: number, l: number): bigint {
  return CR.fix(h, Wm) + CR.fix(l, Wm);
}
/** log2 of |approx - ref| / |ref|, and log2 of claimed / actual. */
function relErr(h: number, l: number, ref: bigint): number {
  const d = fixDD(h, l) - ref;
  const ad = d < 0n ? -d : d;
  if (ad === 0n) return -Infinity;
  const ar = ref < 0n ? -ref : ref;
  return Math.log2(Number(ad) / Number(ar));
}

function measure(name: string, n: number, gen: () => number, run: (x: number) => bigint | null): void {
  let worst = -Infinity;
  let worstMargin = Infinity;
  for (let i = 0; i < n; i++) {
    const x = gen();
    Wm = W;
    const ref = run(x);
    if (ref === null) continue;
    const e = relErr(F.APPROX[0], F.APPROX[1], ref);
    const claimed = Math.log2(F.APPROX[2] / Math.abs(F.APPROX[0]));
    if (e > worst) worst = e;
    if (e > -80) console.log(`  ${name}(${x}): error 2^${e.toFixed(1)}`);
    if (claimed - e < worstMargin) worstMargin = claimed - e;
  }
  console.log(`${name.padEnd(5)} max relative error 2^${worst.toFixed(1)}, smallest margin claimed/actual 2^${worstMargin.toFixed(1)}`);
  if (worstMargin < 3) {
    console.log(`  BOUND TOO TIGHT for ${name}`);
    failures++;
  }
}

const M = Math.max(2000, COUNT / 10);
const L2W = CR.ln2Fixed(W);
measure("exp", M, () => (rand() - 0.5) * 1400, (x) => {
  const k = F.expApprox(x);
  if (k === null) return null;
  return CR.expFixed(CR.fix(x, W) - BigInt(k) * L2W, W);
});
measure("exp2", M, () => (rand() - 0.5) * 2000, (x) => {
  const k = F.exp2Approx(x);
  if (k === null) return null;
  return CR.expFixed(((CR.fix(x, W) - (BigInt(k) << BigInt(W))) * L2W) >> BigInt(W), W);
});
const logGen = () => Math.abs(rand() < 0.5 ? 1 + logUniform(-50, -1) : logUniform(-1070, 1020));
measure("log", M, logGen, (x) => {
  F.logApprox(x);
  const { m, e } = decompose(x);
  return CR.lnFixed(BigInt(m), W, -e);
});
measure("log2", M, logGen, (x) => {
  F.log2Approx(x);
  const { m, e } = decompose(x);
  return (CR.lnFixed(BigInt(m), W + 8, -e) << BigInt(W)) / CR.ln2Fixed(W + 8);
});
const trigGen = () => (rand() < 0.5 ? (rand() - 0.5) * 20 : logUniform(-30, 18.9));
for (const which of [0, 1, 2]) {
  measure(["sin", "cos", "tan"][which], M, trigGen, (x) => {
    F.trigApprox(x, which);
    const [R, q] = CR.reduceHalfPi(x, W + 64);
    const [s, c] = CR.sinCosSmall(R, W + 64);
    const S = q === 0 ? s : q === 1 ? c : q === 2 ? -s : -c;
    const C = q === 0 ? c : q === 1 ? -s : q === 2 ? -c : s;
    const v = which === 0 ? S : which === 1 ? C : (S << BigInt(W + 64)) / C;
    return v >> 64n;
  });
}
measure("atan", M, () => (rand() < 0.5 ? (rand() - 0.5) * 8 : logUniform(-800, 800)), (x) => {
  if (!F.atan2Approx(x, 1)) return null;
  const { m, e } = decompose(Math.abs(x));
  const sh = Math.max(0, -e) + 8;
  Wm = W + Math.max(0, -Math.floor(Math.log2(Math.abs(x))));
  return CR.atan2Fixed(CR.fix(x, sh), 1n << BigInt(sh), Wm);
});
for (const which of [0, 1]) {
  measure(which === 0 ? "asin" : "acos", M, () => (rand() < 0.5 ? rand() * 2 - 1 : (1 - 2 ** -(rand() * 53)) * (rand() < 0.5 ? -1 : 1)), (x) => {
    if (x === 0 || !F.asinAcosApprox(x, which)) return null;
    const G2 = W + 64;
    const X = CR.fix(x, G2);
    const S = CR.isqrtBig((1n << BigInt(2 * G2)) - X * X);
    return which === 0 ? CR.atan2Fixed(X, S, W) : CR.atan2Fixed(S, X, W);
  });
}

if (BENCH) {
  const xs: number[] = [];
  for (let i = 0; i < 4096; i++) xs.push(0.001 + i * 0.0123);
  const bench = (name: string, fn: Fn, args: number[], reps: number) => {
    let s = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < reps; r++) for (const a of args) s += fn(a);
    const ns = Number(process.hrtime.bigint() - t0) / (reps * args.length);
    return { ns, s };
  };
  const small = xs.map((x) => x / 60);
  const table: [string, Fn, Fn, number[]][] = [
    ["exp", F.crExp, CR.crExp, xs.map((x) => x / 4)], ["exp2", F.crExp2, CR.crExp2, xs.map((x) => x / 4 + 0.3)],
    ["log", F.crLog, CR.crLog, xs], ["log2", F.crLog2, CR.crLog2, xs], ["sin", F.crSin, CR.crSin, xs],
    ["cos", F.crCos, CR.crCos, xs], ["tan", F.crTan, CR.crTan, xs], ["atan", F.crAtan, CR.crAtan, xs],
    ["asin", F.crAsin, CR.crAsin, small], ["acos", F.crAcos, CR.crAcos, small],
  ];
  for (const [name, fast, slow, args] of table) {
    bench(name, fast, args, 20); // warm up
    const a = bench(name, fast, args, 200);
    const b = bench(name, slow, args.slice(0, 400), 1);
    const m = bench("Math", (Math as unknown as Record<string, Fn>)[name] ?? ((x: number) => 2 ** x), args, 200);
    console.log(`${name.padEnd(5)} fast ${a.ns.toFixed(0).padStart(5)} ns   BigInt ${b.ns.toFixed(0).padStart(6)} ns   (V8 Math.${name} ${m.ns.toFixed(0)} ns)`);
  }
  {
    const ys = xs.slice(0, 64);
    let s = 0;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < 20; r++) for (const a of xs) for (const y of ys) s += F.crAtan2(y, a - 20);
    const ns = Number(process.hrtime.bigint() - t0) / (20 * xs.length * ys.length);
    const t1 = process.hrtime.bigint();
    for (const a of xs.slice(0, 100)) for (const y of ys.slice(0, 4)) s += CR.crAtan2(y, a - 20);
    const ns2 = Number(process.hrtime.bigint() - t1) / 400;
    console.log(`atan2 fast ${ns.toFixed(0).padStart(5)} ns   BigInt ${ns2.toFixed(0).padStart(6)} ns ${s > 0 ? "" : " "}`);
  }
}

console.log(failures === 0 ? "OK" : `FAILED: ${failures}`);
process.exitCode = failures === 0 ? 0 : 1;
