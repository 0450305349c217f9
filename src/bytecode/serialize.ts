// Code objects to JSON text and back, for the on-disk code cache (vm/codecache.ts).
// JSON because V8 parses it faster than any hand-written binary reader; instruction words and
// positions travel as base64 of their little-endian bytes.

import { BytesConst, ComplexConst, EllipsisConst, FloatConst } from "../parser/ast";
import { applyDebugRanges, CodeObject, Const, ConstFrozenset, ConstTuple, ExceptionEntry } from "./code";

type J = null | boolean | string | number | J[] | { [k: string]: J };

function num(x: number): J {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (Object.is(x, -0)) return "-0";
  return x;
}

function unnum(x: J): number {
  if (typeof x === "number") return x;
  if (x === "nan") return NaN;
  if (x === "inf") return Infinity;
  if (x === "-inf") return -Infinity;
  if (x === "-0") return -0;
  throw new Error("bad number in code cache");
}

function b64(a: Int32Array | Uint8Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
}

function int32s(s: string): Int32Array {
  const b = Buffer.from(s, "base64");
  const out = new Int32Array(b.length >> 2);
  new Uint8Array(out.buffer).set(b);
  return out;
}

function constToJson(c: Const): J {
  if (c === null || typeof c === "boolean" || typeof c === "string") return c;
  if (typeof c === "bigint") return { i: c.toString() };
  if (c instanceof FloatConst) return { f: num(c.value) };
  if (c instanceof ComplexConst) return { c: num(c.imag) };
  if (c instanceof BytesConst) return { b: b64(c.value) };
  if (c instanceof ConstTuple) return { t: c.items.map(constToJson) };
  if (c instanceof ConstFrozenset) return { s: c.items.map(constToJson) };
  if (c instanceof CodeObject) return { code: codeToJson(c) };
  if (c === EllipsisConst) return { e: 1 };
  throw new Error("unserializable constant");
}

function constFromJson(j: J): Const {
  if (j === null || typeof j === "boolean" || typeof j === "string") return j;
  const o = j as { [k: string]: J };
  if ("i" in o) return BigInt(o.i as string);
  if ("f" in o) return new FloatConst(unnum(o.f));
  if ("c" in o) return new ComplexConst(unnum(o.c));
  if ("b" in o) return new BytesConst(new Uint8Array(Buffer.from(o.b as string, "base64")));
  if ("t" in o) return new ConstTuple((o.t as J[]).map(constFromJson));
  if ("s" in o) return new ConstFrozenset((o.s as J[]).map(constFromJson));
  if ("code" in o) return codeFromJson(o.code);
  if ("e" in o) return EllipsisConst;
  throw new Error("bad constant in code cache");
}

function codeToJson(c: CodeObject): J {
  return [c.name, c.qualname, c.filename, c.firstlineno, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags,
    b64(c.code), c.consts.map(constToJson), c.names.slice(), c.localsplusnames.slice(), c.nlocals, c.cellvars.slice(),
    c.freevars.slice(), c.exceptionTable.map((e) => [e.start, e.end, e.target, e.depth, e.lasti ? 1 : 0]),
    b64(c.positions), c.stacksize];
}

function codeFromJson(j: J): CodeObject {
  const a = j as J[];
  const table: ExceptionEntry[] = (a[15] as number[][]).map((e) => ({
    start: e[0], end: e[1], target: e[2], depth: e[3], lasti: e[4] === 1,
  }));
  return new CodeObject(a[0] as string, a[1] as string, a[2] as string, a[3] as number, a[4] as number,
    a[5] as number, a[6] as number, a[7] as number, int32s(a[8] as string), (a[9] as J[]).map(constFromJson),
    a[10] as string[], a[11] as string[], a[12] as number, a[13] as string[], a[14] as string[], table,
    applyDebugRanges(int32s(a[16] as string)), a[17] as number);
}

export function serializeCode(c: CodeObject): string {
  return JSON.stringify(codeToJson(c));
}

export function deserializeCode(s: string): CodeObject {
  return codeFromJson(JSON.parse(s) as J);
}
