// Complex number helpers on pairs of doubles: repr, division, power and complex(str), with
// CPython 3.11's results and errors. Functions return [real, imag] tuples.

import { raise } from "./errors";
import { formatAbs, Style } from "./floatdigits";
import { floatPow, hypotNearest, logNearest } from "./floatpow";
import { parseFloatPrefix, prepareNumberText } from "./float";
import { reprStr } from "../parser/constrepr";

export type Complex = [number, number];

/** A part of a complex repr: repr-style digits without the ".0" float adds. */
function part(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x < 0 || (x === 0 && 1 / x < 0)) return "-" + formatAbs(-x, Style.Repr, -1, false, false);
  return formatAbs(x, Style.Repr, -1, false, false);
}

/**
 * repr(complex): "2j" when the real part is +0.0, else "(re+imj)"; the imaginary part always
 * carries its sign ("-0j" included), a NaN part never does.
 */
export function complexRepr(re: number, im: number): string {
  const ims = part(im);
  if (re === 0 && 1 / re > 0) return ims + "j";
  const sep = ims.charCodeAt(0) === 0x2d ? "" : "+";
  return "(" + part(re) + sep + ims + "j)";
}

export function complexMul(ar: number, ai: number, br: number, bi: number): Complex {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/**
 * a / b (CPython's _Py_c_quot): Smith's method, dividing through by the larger component of b
 * so that no intermediate overflows needlessly. The operation order matters for the last bit.
 * Returns null for division by zero (the callers raise different messages).
 */
function quotient(ar: number, ai: number, br: number, bi: number): Complex | null {
  const absR = Math.abs(br);
  const absI = Math.abs(bi);
  if (absR >= absI) {
    if (absR === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absI >= absR) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN]; // a NaN in b: neither comparison holds
}

/** a / b for complex numbers. */
export function complexDiv(ar: number, ai: number, br: number, bi: number): Complex {
  const q = quotient(ar, ai, br, bi);
  if (q === null) raise("ZeroDivisionError", "complex division by zero");
  return q;
}

function powError(): never {
  raise("ZeroDivisionError", "0.0 to a negative or complex power");
}

/** x ** n for a natural n, by binary powering (the multiplication order is CPython's). */
function powNatural(xr: number, xi: number, n: number): Complex {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    const t = pr * pr - pi * pi;
    pi = pr * pi + pi * pr;
    pr = t;
  }
  return [rr, ri];
}

/**
 * a ** b for complex numbers (complex_pow). An integral real exponent of magnitude at most 100
 * is done by repeated multiplication (and a division for negative ones); anything else in polar
 * form: |a|^br / e^(arg(a) bi) at angle arg(a) br + bi ln|a|. The polar path uses Math.hypot,
 * atan2, exp, log, cos and sin, which are V8's, not glibc's: their last bits can differ from
 * CPython's. An infinite component in the result is OverflowError "complex exponentiation".
 */
export function complexPow(ar: number, ai: number, br: number, bi: number): Complex {
  let r: Complex;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    if (br > 0) r = powNatural(ar, ai, br);
    else {
      const d = powNatural(ar, ai, -br);
      const q = quotient(1, 0, d[0], d[1]);
      if (q === null) powError();
      r = q;
    }
  } else if (br === 0 && bi === 0) r = [1, 0];
  else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) powError();
    r = [0, 0];
  } else {
    const vabs = hypotNearest(ar, ai);
    let len = powReal(vabs, br);
    const at = Math.atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= Math.exp(at * bi);
      phase += bi * logNearest(vabs);
    }
    // Quirk: C's cos/sin of an infinite angle set errno to EDOM, which complex_pow reports
    // with the message meant for zero bases.
    if (phase === Infinity || phase === -Infinity) powError();
    r = [len * Math.cos(phase), len * Math.sin(phase)];
  }
  if (Math.abs(r[0]) === Infinity || Math.abs(r[1]) === Infinity) raise("OverflowError", "complex exponentiation");
  return r;
}

/** C's pow on a nonnegative base, with overflow to infinity instead of an error. */
function powReal(x: number, y: number): number {
  try {
    return floatPow(x, y) ?? NaN;
  } catch {
    return Infinity; // overflow (0 ** negative cannot happen: vabs > 0 here)
  }
}

// ---- complex(str) ---------------------------------------------------------------------------

function isCSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function malformed(): never {
  raise("ValueError", "complex() arg is a malformed string");
}

/**
 * complex(s) for a str s: optional parentheses and surrounding whitespace around "real",
 * "imagj", "real+imagj" or "real-imagj", where a bare "j" (with a sign) means 1j and the parts
 * are float literals (inf and nan included). Underscores follow float's rules; breaking them
 * gives "could not convert string to complex: <repr>", any other problem "complex() arg is a
 * malformed string".
 */
export function complexFromString(s: string): Complex {
  const { text, underscoreError } = prepareNumberText(s);
  if (underscoreError) raise("ValueError", `could not convert string to complex: ${reprStr(s)}`);
  if (text === null) malformed();
  const t = text;
  const n = t.length;
  let i = 0;
  while (i < n && isCSpace(t.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isCSpace(t.charCodeAt(end - 1))) end--;
  if (t.charCodeAt(i) === 0x28 /* ( */) {
    if (t.charCodeAt(end - 1) !== 0x29 /* ) */ || end - 1 <= i) malformed();
    i++;
    end--;
    while (i < end && isCSpace(t.charCodeAt(i))) i++;
    while (end > i && isCSpace(t.charCodeAt(end - 1))) end--;
  }
  const u = t.slice(0, end);
  let re = 0;
  let im = 0;
  const first = parseFloatPrefix(u, i, true);
  if (first === null) {
    // Only "j", "+j", "-j" are left.
    const c = u.charCodeAt(i);
    if (c === 0x2b || c === 0x2d) i++;
    if ((u.charCodeAt(i) | 0x20) !== 0x6a || i + 1 !== end) malformed();
    return [0, c === 0x2d ? -1 : 1];
  }
  i = first[1];
  if (i === end) return [first[0], 0];
  const c = u.charCodeAt(i);
  if ((c | 0x20) === 0x6a) {
    if (i + 1 !== end) malformed();
    return [0, first[0]];
  }
  if (c !== 0x2b && c !== 0x2d) malformed();
  re = first[0];
  const second = parseFloatPrefix(u, i + 1, false);
  if (second === null) {
    im = c === 0x2d ? -1 : 1;
    i++;
  } else {
    im = c === 0x2d ? -second[0] : second[0];
    i = second[1];
  }
  if ((u.charCodeAt(i) | 0x20) !== 0x6a || i + 1 !== end) malformed();
  return [re, im];
}
