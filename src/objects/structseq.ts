// Struct sequences (CPython's PyStructSequence, Objects/structseq.c): tuple subclasses whose
// items also have names, such as os.stat_result, time.struct_time, sys.flags.
//
// How to use it:
//
//   const statResult = newStructSeqType({
//     module: "os", name: "stat_result", doc: "stat_result: Result from stat, ...",
//     fields: [["st_mode", "protection bits"], ..., [null, "integer time of last access"], ...,
//              ["st_atime", "time of last access"], ...],
//     nInSequence: 10,
//   });
//   dict.set("stat_result", statResult);
//   const r = makeStructSeq(statResult, [mode, ino, ...]);   // one value per field, in order
//
// - `fields` lists every field in order; a null name makes an unnamed field (visible only by
//   index, as stat_result's integer times). The first `nInSequence` fields are the tuple's items
//   (len, indexing, iteration, comparison, hash); the rest are attributes only.
// - makeStructSeq takes all n_fields values; missing trailing ones become None.
// - `fixup`, if given, may adjust the values of instances made from Python (stat_result fills its
//   float times from the integer ones, as CPython's statresult_new does).
// - The type is final (not subclassable), as CPython's are. Python code constructs instances
//   with `T(sequence, dict=None)`; `__reduce__` returns `(T, (visible_tuple, {extra_name: value}))`.
//
// Quirks copied from CPython: the repr labels the visible items with the names of the *named*
// fields in order, so stat_result's repr shows its integer times as st_atime=...; the names of
// the extra fields in `__reduce__`'s dict and the constructor's dict are likewise taken from the
// named fields list shifted by the number of unnamed fields.

import { repr, toArray, typeName } from "./abstract";
import { AttributeError, raiseError, typeError } from "./exceptions";
import { defMethods, defNew } from "./native";
import { reprEnter, reprLeave } from "./pytuple";
import { PyDict } from "./pydict";
import { None, PyGetSetDescr, PyTuple, PyType, PyValue, tupleType, typeType } from "./types";
import { computeMro, TypeFlag } from "./object";

export interface StructSeqDesc {
  /** The module shown in the repr and `__module__` ("os", "time", "sys"). */
  module: string;
  name: string;
  doc: string | null;
  /** Every field: [name or null for an unnamed one, docstring]. */
  fields: readonly (readonly [string | null, string])[];
  /** How many leading fields are tuple items. */
  nInSequence: number;
  /** Optional: adjusts the field values of an instance made from Python (`T(seq, dict)`). */
  fixup?: (values: PyValue[]) => void;
}

/** An instance: `items` holds the visible fields, `values` all of them. */
export class PyStructSeq extends PyTuple {
  constructor(cls: PyType, public values: PyValue[]) {
    super(values.slice(0, (cls as StructSeqType).desc.nInSequence), cls);
  }
}

interface StructSeqType extends PyType {
  desc: StructSeqDesc;
  /** Indices (into values) of the named fields, in order. */
  named: number[];
}

/** Makes a new struct sequence type from its description. */
export function newStructSeqType(desc: StructSeqDesc): PyType {
  const t = new PyType(typeType, desc.name, [tupleType], 0) as StructSeqType;
  t.base = tupleType;
  t.mro = computeMro(t);
  tupleType.subclasses.push(t);
  t.flags |= TypeFlag.TUPLE_SUBCLASS | TypeFlag.SEQUENCE;
  t.desc = desc;
  t.named = [];
  desc.fields.forEach(([name], i) => {
    if (name !== null) t.named.push(i);
  });
  const nFields = desc.fields.length;
  const nUnnamed = nFields - t.named.length;
  const fullName = `${desc.module}.${desc.name}`;

  defNew(t, (args, kwnames) => {
    const cls = args[0] as StructSeqType;
    const [seqArg, dictArg] = structseqArgs(args.slice(1), kwnames);
    let items: PyValue[];
    try {
      items = toArray(seqArg);
    } catch {
      typeError("constructor requires a sequence");
    }
    if (dictArg !== undefined && !(dictArg instanceof PyDict)) typeError(`${fullName}() takes a dict as second arg, if any`);
    const min = desc.nInSequence;
    const n = items.length;
    if (min === nFields && n !== min) typeError(`${fullName}() takes a ${min}-sequence (${n}-sequence given)`);
    if (n < min) typeError(`${fullName}() takes an at least ${min}-sequence (${n}-sequence given)`);
    if (n > nFields) typeError(`${fullName}() takes an at most ${nFields}-sequence (${n}-sequence given)`);
    const values = items.slice();
    for (let i = n; i < nFields; i++) {
      const key = dictArg instanceof PyDict ? desc.fields[cls.named[i - nUnnamed]][0]! : null;
      values.push(key !== null ? ((dictArg as PyDict).get(key) ?? None) : None);
    }
    desc.fixup?.(values);
    return new PyStructSeq(cls, values);
  });
  defMethods(t, {
    __repr__(args) {
      const self = args[0] as PyStructSeq;
      if (!reprEnter(self)) return `${fullName}(...)`;
      try {
        const parts: string[] = [];
        const visible = Math.min(self.items.length, t.named.length);
        for (let i = 0; i < visible; i++) parts.push(`${desc.fields[t.named[i]][0]}=${repr(self.items[i])}`);
        return `${fullName}(${parts.join(", ")})`;
      } finally {
        reprLeave(self);
      }
    },
    __reduce__(args) {
      const self = args[0] as PyStructSeq;
      const extra = new PyDict();
      for (let i = desc.nInSequence; i < nFields; i++) {
        extra.set(desc.fields[t.named[i - nUnnamed]][0]!, self.values[i] ?? None);
      }
      return new PyTuple([t, new PyTuple([new PyTuple(self.items), extra])]);
    },
  });
  for (const i of t.named) {
    const [name, doc] = desc.fields[i];
    t.ns.set(name!, new PyGetSetDescr(t, name!, (self) => {
      if (!(self instanceof PyStructSeq)) typeError(`descriptor '${name}' for '${fullName}' objects doesn't apply to a '${typeName(self)}' object`);
      return self.values[i] ?? None;
    }, () => raiseError(AttributeError, "readonly attribute"), doc));
  }
  t.ns.set("__doc__", desc.doc ?? None);
  t.ns.set("__module__", desc.module);
  t.ns.set("n_sequence_fields", desc.nInSequence);
  t.ns.set("n_fields", nFields);
  t.ns.set("n_unnamed_fields", nUnnamed);
  const matchArgs = t.named.filter((i) => i < desc.nInSequence).map((i) => desc.fields[i][0]!);
  t.ns.set("__match_args__", new PyTuple(matchArgs));
  return t;
}

/** `structseq(sequence, dict=None)`, with CPython's messages for the argument parsing. */
function structseqArgs(args: PyValue[], kwnames: readonly string[] | null): [PyValue, PyValue | undefined] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 2) typeError(`structseq() takes at most 2 arguments (${npos} given)`);
  let seq: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let dict: PyValue | undefined = npos > 1 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[npos + k];
    if (name === "sequence" && seq === undefined) seq = v;
    else if (name === "dict" && dict === undefined) dict = v;
    else if (name === "sequence" || name === "dict") {
      typeError(`argument for structseq() given by name ('${name}') and position (${name === "sequence" ? 1 : 2})`);
    } else typeError(`'${name}' is an invalid keyword argument for structseq()`);
  }
  if (seq === undefined) typeError("structseq() missing required argument 'sequence' (pos 1)");
  // An explicit None is refused too, as in CPython 3.11.
  return [seq, dict];
}

/** A new instance of struct sequence type `t` from all its field values (missing ones are None). */
export function makeStructSeq(t: PyType, values: PyValue[]): PyStructSeq {
  const n = (t as StructSeqType).desc.fields.length;
  const v = values.slice(0, n);
  while (v.length < n) v.push(None);
  return new PyStructSeq(t, v);
}

/** The value of a named field of a struct sequence (for natives reading one back). */
export function structSeqField(obj: PyValue, name: string): PyValue | undefined {
  if (!(obj instanceof PyStructSeq)) return undefined;
  const t = obj.cls as StructSeqType;
  const i = t.desc.fields.findIndex(([n]) => n === name);
  return i < 0 ? undefined : obj.values[i];
}
