// Shared by str.test.ts and bytes.test.ts: reading the cases recorded by
// tests/unit/fixtures/make_str_fixtures.py (which documents the encoding) and comparing results.

import { readFileSync } from "fs";
import { join } from "path";
import { PyOpError } from "../../src/objects/errors";

export type Fixture = Record<string, unknown>;

export function loadFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(process.cwd(), "tests", "unit", "fixtures", name), "utf-8"));
}

export function hexToBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(2 * i, 2), 16);
  return out;
}

function bytesToHex(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += x.toString(16).padStart(2, "0");
  return s;
}

/** A recorded argument as the object layer would pass it. */
export function decodeArg(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(decodeArg);
  const o = v as Record<string, unknown>;
  if ("b" in o) return hexToBytes(o.b as string);
  if ("i" in o) return BigInt(o.i as string);
  if ("d" in o) return new Map((o.d as unknown[][]).map(([k, x]) => [decodeArg(k), decodeArg(x)]));
  throw new Error("unknown encoding " + JSON.stringify(v));
}

/** A result in the recorded encoding, for comparison with JSON.stringify. */
export function encodeResult(v: unknown): unknown {
  if (v instanceof Uint8Array) return { b: bytesToHex(v) };
  if (Array.isArray(v)) return v.map(encodeResult);
  if (v instanceof Map) {
    const entries = [...v.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return { d: entries.map(([k, x]) => [encodeResult(k), encodeResult(x)]) };
  }
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : { i: String(v) };
  return v;
}

export interface Outcome {
  total: number;
  failures: string[];
}

/**
 * Runs every case of `name`: [receiver, args..., expected]; `call` gets the decoded receiver and
 * arguments. An expected {"e": "Type: msg"} must be a PyOpError with that type and message.
 */
export function runCases(fixture: Fixture, name: string, call: (args: unknown[]) => unknown): Outcome {
  const cases = fixture[name] as unknown[][];
  const failures: string[] = [];
  for (const c of cases) {
    const args = c.slice(0, -1).map(decodeArg);
    const expected = c[c.length - 1];
    let got: unknown;
    try {
      got = encodeResult(call(args));
    } catch (e) {
      if (!(e instanceof PyOpError)) got = { js: String(e) };
      else got = { e: `${e.type}: ${e.msg}` };
    }
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      failures.push(`${name}${JSON.stringify(c.slice(0, -1))}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    }
  }
  return { total: cases.length, failures };
}
