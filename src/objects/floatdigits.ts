// Decimal digits of doubles, exactly: the engine behind repr(float), round(x, n), format() and
// %-formatting of floats.
//
// Python rounds the exact binary value of a double, ties to even: format(2.5, '.0f') is '2',
// format(0.125, '.2f') is '0.12', and precision is unlimited (format(1e-300, '.400f')). JS's
// toFixed/toExponential also round the exact value (V8 falls back to bignum arithmetic when its
// fast path cannot decide) but break ties upward and stop at 100 digits. So the fast path asks
// V8 for the digits and repairs exact ties, which are easy to recognise from the binary form
// m * 2^e (m odd): x * 10^p ends in exactly one half only when the scaling leaves a single
// factor 1/2. Everything else (more than 100 digits, |x| >= 1e21 in fixed notation) is done
// with BigInt: round(m * 2^e * 10^p) as an exact rational.

import { decompose, pow2 } from "./floatbits";

const LOG10_5 = Math.log10(5);

/** 10^n as a bigint, cached for small n. */
const POW10_BIG: bigint[] = [];
export function pow10Big(n: number): bigint {
  if (n < 64) {
    let v = POW10_BIG[n];
    if (v === undefined) POW10_BIG[n] = v = 10n ** BigInt(n);
    return v;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(m * 2^e * 10^p) as a bigint, for integers m >= 0, e, p of any sign. */
function scaledRound(m: number, e: number, p: number): bigint {
  let num = BigInt(m);
  let den = 1n;
  if (p >= 0) num *= pow10Big(p);
  else den = pow10Big(-p);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (den === 1n) return num;
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/**
 * Fixed notation: [integer digits, fraction digits] of round-half-even(ax * 10^p) / 10^p for
 * a finite ax >= 0 and p >= 0; the fraction has exactly p digits, the integer part no leading
 * zeros ("0" when zero).
 */
export function fixedDigits(ax: number, p: number): [string, string] {
  if (ax === 0) return ["0", "0".repeat(p)];
  if (p <= 100 && ax < 1e21) {
    let s = ax.toFixed(p);
    // With ax = m * 2^e (m odd), ax * 10^p = m * 5^p * 2^(e + p) and m * 5^p is odd: a tie
    // exactly when e + p = -1, that is when ax * 2^(p + 1) is an odd integer. V8 then rounded
    // up, to an odd last digit (n + 1/2 -> n + 1 with n even, or the other way).
    const t = ax * pow2(p + 1); // exact: no overflow below 1e21 * 2^101
    if (t % 2 === 1) {
      const last = s.charCodeAt(s.length - 1) - 48;
      if (last & 1) s = s.slice(0, -1) + String.fromCharCode(47 + last);
    }
    if (p === 0) return [s, ""];
    const dot = s.length - p - 1;
    return [s.slice(0, dot), s.slice(dot + 1)];
  }
  return fixedDigitsBig(ax, p);
}

/** fixedDigits by BigInt arithmetic alone (the fast path is tested against it). */
export function fixedDigitsBig(ax: number, p: number): [string, string] {
  if (ax === 0) return ["0", "0".repeat(p)];
  const { m, e } = decompose(ax);
  const d = scaledRound(m, e, p).toString();
  if (d.length <= p) return ["0", d.padStart(p, "0")];
  return [d.slice(0, d.length - p), d.slice(d.length - p)];
}

/** Significant digits: `digits` has exactly k characters, the first worth 10^exp. */
export interface SigDigits {
  digits: string;
  exp: number;
}

/** The first k >= 1 significant digits of a finite ax >= 0, rounded half to even. */
export function sigDigits(ax: number, k: number): SigDigits {
  if (ax === 0) return { digits: "0".repeat(k), exp: 0 };
  if (k <= 101) {
    const s = ax.toExponential(k - 1);
    const ePos = s.indexOf("e", k);
    const digits = k === 1 ? s[0] : s[0] + s.slice(2, ePos);
    const exp = +s.slice(ePos + 1);
    const tie = tieBelow(ax, k);
    if (tie !== null) return tie;
    return { digits, exp };
  }
  return sigDigitsBig(ax, k);
}

/**
 * When ax lies exactly halfway between two k-digit decimals n and n + 1 with n even, V8's
 * upward tie-break is wrong and the answer is n: returns it. Otherwise null (no tie, or n odd,
 * where V8's n + 1 is right).
 */
function tieBelow(ax: number, k: number): SigDigits | null {
  // Cheap exclusion first (see below for the conditions): a tie needs e >= -lim - 1, so
  // ax * 2^lim must be a whole number, and e <= 21, so ax < 2^75.
  const lim = Math.ceil((k + 1.31) / LOG10_5) + 1;
  if (ax >= 2 ** 75 || !Number.isInteger(ax * pow2(lim))) return null;
  const { m, e } = decompose(ax);
  // ax * 10^j = n + 1/2 needs 2 * ax * 10^j = m * 2^(e + 1 + j) * 5^j odd, so j = -e - 1, and
  // for j < 0 also 5^-j dividing m. Then T = 2n + 1 = m * 5^j, and n must have k digits.
  const j = -e - 1;
  let T: number | bigint;
  if (j >= 0) {
    const approx = Math.log10(m) + j * LOG10_5; // log10(T)
    if (approx < k - 1.01 || approx > k + 1.31) return null;
    T = j <= 22 && m * 5 ** j < 9007199254740992 ? m * 5 ** j : BigInt(m) * 5n ** BigInt(j);
  } else {
    if (-j > 22) return null; // 5^23 > 2^53 > m
    const f = 5 ** -j;
    if (m % f !== 0) return null;
    T = m / f;
  }
  let n: string;
  if (typeof T === "number") {
    if (T % 4 !== 1) return null; // n = (T - 1) / 2 odd: V8 was right
    n = String((T - 1) / 2);
  } else {
    if ((T & 3n) !== 1n) return null;
    n = ((T - 1n) / 2n).toString();
  }
  if (n.length !== k || n === "0") return null; // n must have k digits, not start with a zero
  return { digits: n, exp: k - 1 - j };
}

/** sigDigits by BigInt arithmetic alone (the fast path is tested against it). */
export function sigDigitsBig(ax: number, k: number): SigDigits {
  const { m, e } = decompose(ax);
  let exp = Math.floor(Math.log10(ax)); // may be off by one next to a power of ten
  for (;;) {
    const d = scaledRound(m, e, k - 1 - exp).toString();
    if (d.length > k) exp++; // also when rounding carried into a new digit: redo one place up
    else if (d.length < k) exp--;
    else return { digits: d, exp };
  }
}

/** The shortest digits that round-trip (what repr uses), from V8's shortest conversion. */
export function shortestDigits(ax: number): SigDigits {
  if (ax === 0) return { digits: "0", exp: 0 };
  const s = ax.toExponential();
  const ePos = s.indexOf("e");
  const digits = ePos === 1 ? s[0] : s[0] + s.slice(2, ePos);
  return { digits, exp: +s.slice(ePos + 1) };
}

// ---- layout ---------------------------------------------------------------------------------

/** The notations of PyOS_double_to_string that Python's formatting needs. */
export const enum Style {
  Exp, // 'e': one digit, point, prec digits, exponent
  Fixed, // 'f': prec digits after the point
  General, // 'g': prec significant digits, exponent when exp < -4 or exp >= prec, zeros stripped
  Repr, // '' (format's none type) and repr: like General, with the rules below
}

/** "e+05", "e-300": sign and at least two digits. */
export function expSuffix(exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return (exp < 0 ? "e-" : "e+") + (a < 10 ? "0" + a : String(a));
}

/**
 * The text of a finite ax >= 0 (no sign) in a style. prec < 0 means "not given": 6 for Exp,
 * Fixed and General; shortest round-trip digits for Repr. `alt` is the '#' flag (keep the
 * point and, for General, trailing zeros). Repr style: exponent when exp < -4 or exp >= p - 1
 * with p = max(prec, 1) (16 without a precision, as repr); when `addDot0`, an integral
 * fixed result gets ".0" (float's format() and repr do this, complex's parts do not).
 */
export function formatAbs(ax: number, style: Style, prec: number, alt: boolean, addDot0: boolean): string {
  switch (style) {
    case Style.Fixed: {
      const [i, f] = fixedDigits(ax, prec < 0 ? 6 : prec);
      return f.length ? i + "." + f : alt ? i + "." : i;
    }
    case Style.Exp: {
      const p = prec < 0 ? 6 : prec;
      const { digits, exp } = sigDigits(ax, p + 1);
      const mant = p > 0 ? digits[0] + "." + digits.slice(1) : alt ? digits + "." : digits;
      return mant + expSuffix(exp);
    }
    case Style.General: {
      const p = prec < 0 ? 6 : prec === 0 ? 1 : prec;
      const { digits, exp } = sigDigits(ax, p);
      return layout(digits, exp, exp < -4 || exp >= p, !alt, alt, false);
    }
    case Style.Repr: {
      if (prec < 0) {
        // Fast path for repr of ordinary floats: V8's String() is already fixed notation here.
        if (ax >= 1e-4 && ax < 1e16 && !alt) {
          const s = String(ax);
          return addDot0 && s.indexOf(".") < 0 ? s + ".0" : s;
        }
        const { digits, exp } = shortestDigits(ax);
        return layout(digits, exp, exp < -4 || exp >= 16, true, alt, addDot0);
      }
      const p = prec === 0 ? 1 : prec;
      const { digits, exp } = sigDigits(ax, p);
      return layout(digits, exp, exp < -4 || exp >= p - 1, !alt, alt, addDot0);
    }
  }
}

/**
 * Significant digits placed in fixed or exponent notation. `strip` drops trailing zeros of
 * the fraction; `alt` keeps a point even with no fraction; `addDot0` writes ".0" instead.
 */
function layout(digits: string, exp: number, useExp: boolean, strip: boolean, alt: boolean, addDot0: boolean): string {
  if (strip) {
    let n = digits.length;
    while (n > 1 && digits.charCodeAt(n - 1) === 48) n--;
    if (n < digits.length) digits = digits.slice(0, n);
  }
  if (useExp) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : alt ? digits + "." : digits;
    return mant + expSuffix(exp);
  }
  let ip: string;
  let fp: string;
  if (exp < 0) {
    ip = "0";
    fp = "0".repeat(-exp - 1) + digits;
  } else if (digits.length > exp + 1) {
    ip = digits.slice(0, exp + 1);
    fp = digits.slice(exp + 1);
  } else {
    ip = digits + "0".repeat(exp + 1 - digits.length);
    fp = "";
  }
  if (fp.length) return ip + "." + fp;
  return addDot0 ? ip + ".0" : alt ? ip + "." : ip;
}
