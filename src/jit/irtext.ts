// The text form of traces: what TYPHONLOG=jit-log-opt writes, and what the optimizer's tests
// feed in and compare. One operation per line:
//
//     i3 = int_add_ovf(i1, 1) [pc=17 sp=0 base=0 | 1=i1 2=f2 | ]
//     guard_class(r4, @$list) [pc=9 sp=1 base=1 | | r4]
//     r7 = getglobal(@{"name":"range","pos":3,"builtin":true,"gversion":12})
//
// A value is named by its kind letter and its position (i int, f float, b bool, r ref). Operands
// are values or constants: ints `5`, floats `5.0` / `nan` / `inf`, booleans `true`/`false`,
// objects `$name` (resolved by a table of names when parsing), `null`. The aux field, when the
// op has one, comes last with an `@`. A guard's snapshot follows in brackets: resume pc, sp,
// the stack base, then the fast slots written back, then the stack values from the base up.

import { Aux, Const, Kind, KIND_LETTER, Op, Opc, OPC_BY_NAME, OPS, Trace, Value } from "./ir";
import { Snapshot } from "./snapshot";

function floatText(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  if (Object.is(n, -0)) return "-0.0";
  const s = String(n);
  return /[.e]/.test(s) ? s : s + ".0";
}

function objName(trace: Trace, v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  const hint = typeof v === "object" && v !== null && "name" in v && typeof (v as { name: unknown }).name === "string"
    ? (v as { name: string }).name : typeof v === "string" ? `s_${v}` : "k";
  return "$" + trace.nameConst(v, hint);
}

export function valueText(trace: Trace, v: Value): string {
  if (v instanceof Op) return `${KIND_LETTER[v.kind]}${v.id}`;
  switch (v.kind) {
    case Kind.Int: return String(v.value);
    case Kind.Float: return floatText(v.value as number);
    case Kind.Bool: return v.value ? "true" : "false";
    default: return objName(trace, v.value);
  }
}

function auxText(trace: Trace, o: Op): string {
  switch (OPS[o.opc].aux) {
    case Aux.None: return "";
    case Aux.Int: return `@${o.aux as number}`;
    case Aux.Name: return `@${String(o.aux)}`;
    case Aux.Object: return `@${objName(trace, o.aux)}`;
    case Aux.Json:
      return "@" + JSON.stringify(o.aux, (_k, x) =>
        typeof x === "object" && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) !== Object.prototype
          ? objName(trace, x) : x);
  }
}

function snapText(trace: Trace, s: Snapshot): string {
  if (s.synced) return "[synced]";
  const fast = [...s.fast].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}=${valueText(trace, v)}`).join(" ");
  const stack = s.stack.map((v) => valueText(trace, v)).join(" ");
  let inlined = "";
  // Frames of inlined calls (printed only: the parser does not read them back).
  for (const f of s.frames ?? []) {
    const ffast = f.fast.map((v, k) => v === undefined ? "" : `${k}=${valueText(trace, v)}`).filter((x) => x).join(" ");
    inlined += ` || ${objName(trace, f.func)} pc=${f.pc} sp=${f.sp} | ${ffast ? ffast + " " : ""}| ${f.stack.map((v) => valueText(trace, v)).join(" ")}`;
  }
  return `[pc=${s.pc} sp=${s.sp} base=${s.stackBase} | ${fast ? fast + " " : ""}| ${stack}${inlined}]`;
}

export function opText(trace: Trace, o: Op): string {
  const args = o.args.map((a) => valueText(trace, a));
  const aux = auxText(trace, o);
  if (aux) args.push(aux);
  let s = `${OPS[o.opc].name}(${args.join(", ")})`;
  if (o.kind !== Kind.Void) s = `${KIND_LETTER[o.kind]}${o.id} = ${s}`;
  if (o.snapshot !== null) s += " " + snapText(trace, o.snapshot);
  return s;
}

export function printTrace(trace: Trace): string {
  trace.renumber();
  return trace.ops.map((o) => opText(trace, o)).join("\n");
}

// ---- parsing ---------------------------------------------------------------------------------

export class IrParseError extends Error {}

/** The object a `$name` stands for when the caller's table does not have it. */
export class NamedObject {
  constructor(readonly name: string) {}
}

/** Splits on commas/spaces at bracket depth 0. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0, inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr) {
      if (c === "\\") i++;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = s.slice(start).trim();
  if (last !== "" || out.length) out.push(last);
  return out.filter((x) => x !== "");
}

/**
 * Parses text IR. `objects` resolves `$name` constants (a name not in it becomes a fresh
 * NamedObject, enough for passes that only compare identities).
 */
export function parseTrace(text: string, objects: Map<string, unknown> = new Map()): Trace {
  const trace = new Trace();
  const values = new Map<string, Op>();
  const objs = new Map(objects);
  const obj = (name: string): unknown => {
    if (name === "null") return null;
    if (!objs.has(name)) objs.set(name, new NamedObject(name));
    const v = objs.get(name);
    trace.constNames.set(v, name);
    return v;
  };
  const parseValue = (t: string): Value => {
    const m = /^([ifbr])(\d+)$/.exec(t);
    if (m) {
      const v = values.get(t);
      if (v === undefined) throw new IrParseError(`undefined value ${t}`);
      return v;
    }
    if (t === "true" || t === "false") return new Const(Kind.Bool, t === "true");
    if (t === "null") return new Const(Kind.Ref, null);
    if (t.startsWith("$")) return new Const(Kind.Ref, obj(t.slice(1)));
    if (t === "nan") return new Const(Kind.Float, NaN);
    if (t === "inf" || t === "-inf") return new Const(Kind.Float, t === "inf" ? Infinity : -Infinity);
    if (/^-?\d+$/.test(t)) return new Const(Kind.Int, Number(t));
    if (/^-?[\d.]+(e[-+]?\d+)?$/.test(t)) return new Const(Kind.Float, Number(t));
    throw new IrParseError(`bad operand ${t}`);
  };
  const lines = text.split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l !== "");
  const pending: [Op, string][] = [];
  for (const line of lines) {
    const m = /^(?:([ifbr]\d+)\s*=\s*)?([a-z_]+)\((.*?)\)\s*(\[.*\])?$/.exec(line);
    if (!m) throw new IrParseError(`cannot parse: ${line}`);
    const [, res, name, argText, snapText] = m;
    const opc = OPC_BY_NAME.get(name);
    if (opc === undefined) throw new IrParseError(`unknown op ${name}`);
    const info = OPS[opc];
    const parts = splitTop(argText, ",");
    let aux: unknown = null;
    if (parts.length && parts[parts.length - 1].startsWith("@")) {
      const a = parts.pop()!.slice(1);
      switch (info.aux) {
        case Aux.Int: aux = Number(a); break;
        case Aux.Name: aux = a; break;
        case Aux.Object: aux = a.startsWith("$") ? obj(a.slice(1)) : a; break;
        case Aux.Json: aux = JSON.parse(a, (_k, x) => typeof x === "string" && x.startsWith("$") ? obj(x.slice(1)) : x); break;
        case Aux.None: throw new IrParseError(`${name} takes no aux`);
      }
    }
    const args = parts.map(parseValue);
    let kind = info.result;
    if (res !== undefined) {
      const letter = res[0];
      const k = KIND_LETTER.indexOf(letter as "i");
      if (k !== kind) throw new IrParseError(`${name} gives ${KIND_LETTER[kind]}, not ${letter}`);
      kind = k as Kind;
    }
    const o = new Op(opc, args, aux, kind);
    if (res !== undefined) values.set(res, o);
    if (snapText !== undefined) pending.push([o, snapText]);
    trace.ops.push(o);
  }
  // Snapshots may name values defined later (label variables are defined before, but keep it simple).
  for (const [o, s] of pending) {
    if (s === "[synced]") {
      o.snapshot = new Snapshot(0, 0, new Map(), [], 0);
      o.snapshot.synced = true;
      continue;
    }
    const m = /^\[pc=(\d+) sp=(\d+) base=(\d+) \|(.*)\|(.*)\]$/.exec(s);
    if (!m) throw new IrParseError(`bad snapshot ${s}`);
    const fast = new Map<number, Value>();
    for (const e of splitTop(m[4].trim(), " ")) {
      const eq = e.indexOf("=");
      fast.set(Number(e.slice(0, eq)), parseValue(e.slice(eq + 1)));
    }
    const stack = splitTop(m[5].trim(), " ").map(parseValue);
    o.snapshot = new Snapshot(Number(m[1]), Number(m[2]), fast, stack, Number(m[3]));
  }
  trace.renumber();
  return trace;
}

export { Opc };
