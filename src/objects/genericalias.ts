// types.GenericAlias (list[int]) and types.UnionType (int | str): CPython's
// Objects/genericaliasobject.c and Objects/unionobject.c.
//
// Both substitute their type variables the same way (alias[args]): the parameters are the
// type variables found in the arguments (makeParameters), and subsParameters replaces them by
// the values given, asking each parameter to prepare the values first (a TypeVarTuple takes
// a run of them, typing's __typing_prepare_subst__) and expanding unpacked fixed-length tuples
// (*tuple[int, str]) and substituted unpacked TypeVarTuples (*Ts) into the argument list.

import {
  binaryOp, Bin, call, callDescr, genericAliasHooks, genericGetAttr, getAttrOpt, getItem, hashOf, repr, richCompareBool,
  Cmp, setAttr, str, strValue, throwNoAttr, toArray, truthy, typeName, unionArgs, PyIter,
} from "./abstract";
import {
  AttributeError, isInstanceOfExc, StopIteration, toPyException, TypeError as TypeErrorT, typeError, raiseError,
} from "./exceptions";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew } from "./native";
import { computeMro } from "./object";
import {
  asyncGeneratorType, bool, Ellipsis, enumerateType, genericAliasType, mappingproxyType, None, noneType,
  NotImplemented, objectType, PyList, PyObject, PyTuple, PyType, PyValue, tupleType, typeOf, typeType, unionType,
} from "./types";
import { runtime } from "../vm/runtime";

export class PyGenericAlias extends PyObject {
  /** `*tuple[int]`: the alias unpacked by a star (its __unpacked__). */
  starred = false;
  private params: PyValue[] | null = null;
  constructor(public origin: PyValue, public args: PyValue[], cls: PyType = genericAliasType) {
    super(cls);
  }
  /** __parameters__ (computed once). */
  parameters(): PyValue[] {
    if (this.params === null) this.params = makeParameters(this.args);
    return this.params;
  }
}

export class PyUnion extends PyObject {
  private params: PyValue[] | null = null;
  constructor(public args: PyValue[]) {
    super(unionType);
  }
  parameters(): PyValue[] {
    if (this.params === null) this.params = makeParameters(this.args);
    return this.params;
  }
}

/** `origin[key]` for the builtin generic classes (list[int], dict[str, int], type[int]). */
export function makeGenericAlias(origin: PyValue, key: PyValue, cls: PyType = genericAliasType): PyGenericAlias {
  return new PyGenericAlias(origin, key instanceof PyTuple ? key.items.slice() : [key], cls);
}

// ---- substitution (_Py_make_parameters, _Py_subs_parameters) ------------------------------------

/**
 * The type variables of an alias with these arguments, in order of first appearance: the
 * arguments that can be substituted (they have __typing_subst__) and the __parameters__ of the
 * others. Classes are skipped: a bare class's __parameters__ is not its own (Generic's are).
 */
function makeParameters(args: PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  const add = (p: PyValue) => {
    if (!out.includes(p)) out.push(p);
  };
  for (const a of args) {
    if (a instanceof PyType) continue;
    if (getAttrOpt(a, "__typing_subst__") !== undefined) {
      add(a);
      continue;
    }
    const sub = getAttrOpt(a, "__parameters__");
    if (sub instanceof PyTuple) for (const p of sub.items) add(p);
  }
  return out;
}

/** The arguments of an unpacked tuple type (*tuple[int, str], *Tuple[int, str]), or null. */
function unpackedTupleArgs(a: PyValue): readonly PyValue[] | null {
  if (a instanceof PyGenericAlias && a.starred && a.origin === tupleType) return a.args;
  const r = getAttrOpt(a, "__typing_unpacked_tuple_args__");
  return r instanceof PyTuple ? r.items : null;
}

/** The values of alias[item], unpacked fixed-length tuples (*tuple[int, str]) spread out. */
function unpackArgs(item: PyValue): PyValue[] {
  const out: PyValue[] = [];
  for (const a of item instanceof PyTuple ? item.items : [item]) {
    if (!(a instanceof PyType)) {
      const sub = unpackedTupleArgs(a);
      if (sub !== null && !(sub.length > 0 && sub[sub.length - 1] === Ellipsis)) {
        out.push(...sub);
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** `*Ts` as an argument: its substitution is a tuple of arguments, spread into the result. */
function isUnpackedTypeVarTuple(a: PyValue): boolean {
  if (a instanceof PyType) return false;
  const v = getAttrOpt(a, "__typing_is_unpacked_typevartuple__");
  return v !== undefined && truthy(v);
}

/** A substituted argument spread into the result (*Ts's substitution, a tuple). */
function spread(v: PyValue): readonly PyValue[] {
  if (!(v instanceof PyTuple)) typeError(`expected a tuple of type arguments, not '${typeName(v)}'`);
  return v.items;
}

/**
 * An argument that is not a type variable itself but may hold some (list[T]): subscripted by the
 * values of its own parameters. A TypeVarTuple parameter (its type is iterable: *Ts) gives
 * all the values it stands for.
 */
function substTypeVars(obj: PyValue, params: PyValue[], values: readonly PyValue[]): PyValue {
  const sub = getAttrOpt(obj, "__parameters__");
  if (!(sub instanceof PyTuple) || sub.items.length === 0) return obj;
  const subargs: PyValue[] = [];
  for (const p of sub.items) {
    const i = params.indexOf(p);
    if (i < 0) {
      subargs.push(p);
      continue;
    }
    const v = values[i];
    if (typeOf(params[i]).lookup("__iter__") !== undefined && v instanceof PyTuple) subargs.push(...v.items);
    else subargs.push(v);
  }
  return getItem(obj, new PyTuple(subargs));
}

/** The arguments of `self[item]`, where `self` has these arguments and parameters. */
function subsParameters(self: PyValue, args: PyValue[], params: PyValue[], item: PyValue): PyValue[] {
  if (params.length === 0) typeError(`${repr(self)} is not a generic class`);
  let key: PyValue = new PyTuple(unpackArgs(item));
  for (const p of params) {
    const prepare = getAttrOpt(p, "__typing_prepare_subst__");
    if (prepare !== undefined && prepare !== None) {
      if (!(key instanceof PyTuple)) key = new PyTuple([key]);
      key = call(prepare, [self, key]);
    }
  }
  const values: readonly PyValue[] = key instanceof PyTuple ? key.items : [key];
  if (values.length !== params.length) {
    typeError(`Too ${values.length > params.length ? "many" : "few"} arguments for ${repr(self)}; ` +
      `actual ${values.length}, expected ${params.length}`);
  }
  const out: PyValue[] = [];
  for (const a of args) {
    if (a instanceof PyType) {
      out.push(a);
      continue;
    }
    const unpack = isUnpackedTypeVarTuple(a);
    const subst = getAttrOpt(a, "__typing_subst__");
    let v: PyValue;
    if (subst !== undefined) {
      const i = params.indexOf(a);
      v = i >= 0 ? call(subst, [values[i]]) : a;
    } else {
      v = substTypeVars(a, params, values);
    }
    if (unpack) out.push(...spread(v));
    else out.push(v);
  }
  return out;
}

// ---- repr -------------------------------------------------------------------------------------

/**
 * How an argument shows in `list[int]` or `int | str` (ga_repr_item): `...`, an alias by its
 * repr, anything with a __qualname__ and a __module__ (a class, a function) by its dotted name,
 * the rest by its repr.
 */
function typeArgRepr(v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (getAttrOpt(v, "__origin__") !== undefined && getAttrOpt(v, "__args__") !== undefined) return repr(v);
  const qn = getAttrOpt(v, "__qualname__");
  if (qn === undefined) return repr(v);
  const mod = getAttrOpt(v, "__module__");
  if (mod === undefined || mod === None) return repr(v);
  return strValue(mod) === "builtins" ? str(qn) : `${str(mod)}.${str(qn)}`;
}

// ---- types.UnionType --------------------------------------------------------------------------

function unionArg(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

/** `a | b` for types and aliases (_Py_union_type_or): flattened, duplicates dropped. */
export function makeUnion(a: PyValue, b: PyValue): PyValue {
  if (!unionArg(a) || !unionArg(b)) return NotImplemented;
  return unionOf([a, b]);
}

function unionOf(items: PyValue[]): PyValue {
  const out: PyValue[] = [];
  for (const x of items) {
    for (const y of x instanceof PyUnion ? x.args : [x === None ? noneType : x]) {
      // Aliases are compared by value (list[int] | list[int]), the rest by identity.
      if (!out.some((z) => z === y || (z instanceof PyGenericAlias && y instanceof PyGenericAlias &&
          richCompareBool(z, y, Cmp.EQ)))) out.push(y);
    }
  }
  return out.length === 1 ? out[0] : new PyUnion(out);
}

// ---- methods ----------------------------------------------------------------------------------

/** builtins.next and iter (set by the builtins module), which an unpacked alias's __reduce__ names. */
export const genericAliasReduce = { next: None as PyValue, iter: None as PyValue };

const genericAliasIterType = new PyType(typeType, "generic_alias_iterator", [objectType], 0);
genericAliasIterType.base = objectType;
genericAliasIterType.mro = computeMro(genericAliasIterType);

/** iter(tuple[int]): gives *tuple[int] once. */
class GenericAliasIter extends PyIter {
  constructor(public alias: PyGenericAlias | null) {
    super(genericAliasIterType);
  }
  next(): PyValue | undefined {
    const g = this.alias;
    if (g === null) return undefined;
    this.alias = null;
    const u = new PyGenericAlias(g.origin, g.args, typeOf(g) as PyType);
    u.starred = true;
    return u;
  }
}

/**
 * The attributes an alias answers itself (ga_getattro's attr_exceptions, plus the special
 * methods the alias type defines); any other is the origin's (list[int].append is list.append).
 */
const OWN_ATTRS = new Set(["__origin__", "__args__", "__parameters__", "__class__", "__repr__", "__call__",
  "__eq__", "__ne__", "__hash__", "__mro_entries__", "__instancecheck__", "__subclasscheck__", "__or__", "__ror__",
  "__reduce__", "__getattribute__", "__setattr__", "__dir__", "__unpacked__", "__reduce_ex__",
  "__copy__", "__deepcopy__", "__typing_unpacked_tuple_args__"]);

export function initGenericAlias(): void {
  genericAliasHooks.make = makeGenericAlias;
  defNew(genericAliasType, (args, kwnames) => {
    checkArgs("GenericAlias", args, kwnames, 2, 2);
    return makeGenericAlias(args[1], args[2], args[0] as PyType);
  });
  defMethods(genericAliasType, {
    __repr__(args) {
      const g = args[0] as PyGenericAlias;
      const inner = g.args.length === 0 ? "()" : g.args.map(typeArgRepr).join(", ");
      return `${g.starred ? "*" : ""}${typeArgRepr(g.origin)}[${inner}]`;
    },
    __dir__(args) {
      // The origin's names and the alias's own.
      const g = args[0] as PyGenericAlias;
      const names = new Set<string>();
      const originDir = typeOf(g.origin).lookup("__dir__");
      if (originDir !== undefined) for (const n of toArray(callDescr(originDir, g.origin, []))) names.add(str(n));
      for (const t of typeOf(g).mro) for (const k of t.ns.keys()) names.add(k);
      return new PyList([...names]);
    },
    __iter__(args) {
      // `*tuple[int]`: iterating an alias gives the alias unpacked, once.
      return new GenericAliasIter(args[0] as PyGenericAlias);
    },
    __getitem__(args) {
      const g = args[0] as PyGenericAlias;
      const r = new PyGenericAlias(g.origin, subsParameters(g, g.args, g.parameters(), args[1]));
      r.starred = g.starred;
      return r;
    },
    __call__(args, kwnames) {
      const g = args[0] as PyGenericAlias;
      const r = call(g.origin, args.slice(1), kwnames);
      try {
        setAttr(r, "__orig_class__", g);
      } catch (e) {
        // An object that takes no attributes is returned as it is (set_orig_class).
        const exc = toPyException(e);
        if (!isInstanceOfExc(exc, AttributeError) && !isInstanceOfExc(exc, TypeErrorT)) throw e;
      }
      return r;
    },
    __eq__(args) {
      const a = args[0] as PyGenericAlias;
      const b = args[1];
      if (!(b instanceof PyGenericAlias)) return NotImplemented;
      return bool(a.starred === b.starred && richCompareBool(a.origin, b.origin, Cmp.EQ) && a.args.length === b.args.length &&
        a.args.every((x, i) => richCompareBool(x, b.args[i], Cmp.EQ)));
    },
    __hash__(args) {
      const g = args[0] as PyGenericAlias;
      return hashOf(new PyTuple([g.origin, ...g.args]));
    },
    __mro_entries__: (args) => new PyTuple([(args[0] as PyGenericAlias).origin]),
    __instancecheck__: () => typeError("isinstance() argument 2 cannot be a parameterized generic"),
    __subclasscheck__: () => typeError("issubclass() argument 2 cannot be a parameterized generic"),
    __or__: (args) => makeUnion(args[0], args[1]),
    __ror__: (args) => makeUnion(args[1], args[0]),
    __getattribute__(args) {
      const g = args[0] as PyGenericAlias;
      const name = strValue(args[1]);
      if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
      if (!OWN_ATTRS.has(name)) {
        const v = getAttrOpt(g.origin, name);
        if (v !== undefined) return v;
      }
      const v = genericGetAttr(g, name, typeOf(g));
      if (v === undefined) throwNoAttr(g, name);
      return v;
    },
    __reduce__(args) {
      const g = args[0] as PyGenericAlias;
      if (g.starred) {
        // *tuple[int] is next(iter(tuple[int])).
        return new PyTuple([genericAliasReduce.next,
          new PyTuple([new GenericAliasIter(new PyGenericAlias(g.origin, g.args, typeOf(g) as PyType))])]);
      }
      return new PyTuple([typeOf(g), new PyTuple([g.origin, new PyTuple(g.args)])]);
    },
  });
  defMethods(genericAliasIterType, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = (args[0] as GenericAliasIter).next();
      if (v === undefined) raiseError(StopIteration);
      return v;
    },
    __reduce__(args) {
      const it = args[0] as GenericAliasIter;
      return new PyTuple([genericAliasReduce.iter, new PyTuple([it.alias ?? new PyTuple([])])]);
    },
  });
  // The builtin types that are generic (CPython gives them __class_getitem__ = Py_GenericAlias).
  for (const t of [enumerateType, mappingproxyType, asyncGeneratorType]) {
    defClassMethod(t, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
  }
  defGetSet(genericAliasType, "__origin__", (g) => (g as PyGenericAlias).origin);
  defGetSet(genericAliasType, "__args__", (g) => new PyTuple((g as PyGenericAlias).args));
  defGetSet(genericAliasType, "__parameters__", (g) => new PyTuple((g as PyGenericAlias).parameters()));
  defGetSet(genericAliasType, "__typing_unpacked_tuple_args__", (g) => {
    const a = g as PyGenericAlias;
    return a.starred && a.origin === tupleType ? new PyTuple(a.args) : None;
  });
  defGetSet(genericAliasType, "__unpacked__", (g) => bool((g as PyGenericAlias).starred));

  defMethods(unionType, {
    __repr__: (args) => (args[0] as PyUnion).args.map((a) => a === noneType ? "None" : typeArgRepr(a)).join(" | "),
    __eq__(args) {
      const a = args[0] as PyUnion;
      const b = args[1];
      if (!(b instanceof PyUnion)) return NotImplemented;
      return bool(a.args.length === b.args.length && a.args.every((x) => b.args.some((y) => richCompareBool(x, y, Cmp.EQ))));
    },
    // hash(frozenset(args)), as typing.Union's (union_hash).
    __hash__: (args) => hashOf(runtime.makeFrozenset((args[0] as PyUnion).args.slice())),
    __or__: (args) => makeUnion(args[0], args[1]),
    __ror__: (args) => makeUnion(args[1], args[0]),
    __getitem__(args) {
      // (int | list[T])[str] is int | list[str]: the substituted arguments or'ed together.
      const u = args[0] as PyUnion;
      const items = subsParameters(u, u.args, u.parameters(), args[1]);
      if (items.length === 0) return unionOf([]);
      let r = items[0];
      for (let i = 1; i < items.length; i++) r = binaryOp(r, items[i], Bin.OR);
      return r;
    },
  });
  defGetSet(unionType, "__args__", (u) => new PyTuple((u as PyUnion).args));
  defGetSet(unionType, "__parameters__", (u) => new PyTuple((u as PyUnion).parameters()));
  // isinstance/issubclass read a union as the tuple of its members (it has no __instancecheck__).
  unionArgs.of = (v) => (v instanceof PyUnion ? v.args : undefined);
}
