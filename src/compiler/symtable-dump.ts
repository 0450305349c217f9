// A text form of a symbol table, the same text that tests/compiler/symtable_oracle.py prints
// from CPython's `symtable` module, for the parity test and the unit tests. Change both together.
//
//   <type> <name> line=<lineno> nested=<0|1> children=<0|1>
//     order: <names in the table's order>
//     varnames: <parameters>
//     sym <name>: <DEF_* flags> <scope> [<the Symbol.is_* predicates that hold>]
//     parameters/locals/globals/nonlocals/frees: ...     (function blocks: Function.get_*())
//     <children, indented>

import {
  BlockType, Scope, SymbolTable, SymbolTableEntry, compareCodePoints,
  DEF_ANNOT, DEF_BOUND, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, SCOPE_MASK, SCOPE_OFFSET, USE,
} from "./symtable-entry";

const FLAG_NAMES: [number, string][] = [
  [1, "DEF_GLOBAL"], [2, "DEF_LOCAL"], [4, "DEF_PARAM"], [8, "DEF_NONLOCAL"], [16, "USE"],
  [32, "DEF_FREE"], [64, "DEF_FREE_CLASS"], [128, "DEF_IMPORT"], [256, "DEF_ANNOT"], [512, "DEF_COMP_ITER"],
];
const SCOPE_NAMES = ["-", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"];
/** The flags of a name that a block only passes through to a child (added by update_symbols). */
const FREE_ONLY = Scope.FREE << SCOPE_OFFSET;

/** The canonical text of a whole table (see the file comment). */
export function dumpSymtable(table: SymbolTable): string {
  const out: string[] = [];
  dumpBlock(table.top, 0, out);
  return out.join("\n") + "\n";
}

function dumpBlock(ste: SymbolTableEntry, indent: number, out: string[]): void {
  const pad = "  ".repeat(indent);
  out.push(`${pad}${typeName(ste.type)} ${ste.name} line=${ste.lineno} nested=${+ste.nested} children=${+(ste.children.length > 0)}`);
  const names = normalizedOrder(ste);
  out.push(`${pad}  order: ${names.join(" ")}`);
  out.push(`${pad}  varnames: ${ste.varnames.join(" ")}`);
  for (const name of [...names].sort(compareCodePoints)) {
    const v = ste.symbols.get(name)!;
    out.push(`${pad}  sym ${name}: ${flagText(v)} ${SCOPE_NAMES[scopeOf(v)] ?? String(scopeOf(v))} [${predicates(ste, name, v).join(" ")}]`);
  }
  if (ste.type === BlockType.Function) {
    const pick = (test: (v: number) => boolean) => names.filter((n) => test(ste.symbols.get(n)!)).join(" ");
    out.push(`${pad}  parameters: ${pick((v) => (v & DEF_PARAM) !== 0)}`);
    out.push(`${pad}  locals: ${pick((v) => scopeOf(v) === Scope.LOCAL || scopeOf(v) === Scope.CELL)}`);
    out.push(`${pad}  globals: ${pick((v) => scopeOf(v) === Scope.GLOBAL_IMPLICIT || scopeOf(v) === Scope.GLOBAL_EXPLICIT)}`);
    out.push(`${pad}  nonlocals: ${pick((v) => (v & DEF_NONLOCAL) !== 0)}`);
    out.push(`${pad}  frees: ${pick((v) => scopeOf(v) === Scope.FREE)}`);
  }
  for (const child of ste.children) dumpBlock(child, indent + 1, out);
}

/** Insertion order, except that pass-through free names (whose order in CPython follows string
 *  hashes) go last, sorted. */
function normalizedOrder(ste: SymbolTableEntry): string[] {
  const first: string[] = [];
  const last: string[] = [];
  for (const [name, v] of ste.symbols) (v === FREE_ONLY ? last : first).push(name);
  return first.concat(last.sort(compareCodePoints));
}

function typeName(t: BlockType): string {
  switch (t) {
    case BlockType.Module: return "module";
    case BlockType.Function: return "function";
    case BlockType.Class: return "class";
    case BlockType.Annotation: return "annotation";
    default: {
      const never: never = t;
      return String(never);
    }
  }
}

function scopeOf(v: number): number {
  return (v >> SCOPE_OFFSET) & SCOPE_MASK;
}

function flagText(v: number): string {
  const names = FLAG_NAMES.filter(([bit]) => v & bit).map(([, n]) => n);
  const rest = v & ((1 << SCOPE_OFFSET) - 1) & ~1023;
  if (rest) names.push("0x" + rest.toString(16));
  return names.join("|") || "0";
}

/** The `symtable.Symbol.is_*` predicates of CPython 3.11's Lib/symtable.py that hold. */
function predicates(ste: SymbolTableEntry, name: string, v: number): string[] {
  const scope = scopeOf(v);
  // Quirk kept: Lib/symtable.py takes any table named "top" for the module.
  const moduleScope = ste.name === "top";
  const boundAtModule = moduleScope && (v & DEF_BOUND) !== 0;
  const out: string[] = [];
  if (v & USE) out.push("referenced");
  if (v & DEF_IMPORT) out.push("imported");
  if (v & DEF_PARAM) out.push("parameter");
  if (scope === Scope.GLOBAL_IMPLICIT || scope === Scope.GLOBAL_EXPLICIT || boundAtModule) out.push("global");
  if (v & DEF_NONLOCAL) out.push("nonlocal");
  if (scope === Scope.GLOBAL_EXPLICIT) out.push("declared_global");
  if (scope === Scope.LOCAL || scope === Scope.CELL || boundAtModule) out.push("local");
  if (v & DEF_ANNOT) out.push("annotated");
  if (scope === Scope.FREE) out.push("free");
  if (v & DEF_LOCAL) out.push("assigned");
  if (ste.children.some((c) => c.name === name)) out.push("namespace");
  return out;
}
