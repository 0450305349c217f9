// _collections: the C half of the collections module (CPython's Modules/_collectionsmodule.c):
// deque and its two iterators, defaultdict, _count_elements (Counter's fast loop) and
// _tuplegetter (namedtuple's field descriptor). OrderedDict is left to the pure-Python class
// in collections/__init__.py, which it uses when _collections has none.
//
// deque is a ring buffer (PyDeque). Like CPython's, it keeps a `state` counter that every
// mutation that moves items bumps (appends, pops, rotate, clear, del, insert; not item
// assignment, reverse or a no-op extend); iterators and the searching methods compare it to
// detect a deque mutated under them. Which operations bump it is observable (an iterator
// raises RuntimeError afterwards) and follows CPython.
//
// defaultdict instances are PyDict objects (PyDefaultDict adds the factory field), so every
// dict operation works on them; its type is a native subclass of dict.

import {
  call, callDescr, Cmp, getIter, hashOf, intValue, isInstance, iterNext, PyIter, repr, richCompare, richEqBool,
  toArray, typeName, binaryOp, Bin, setItem, getAttr, index, callMethod,
} from "../objects/abstract";
import {
  AttributeError, IndexError, MemoryError, OverflowError, raiseError, RuntimeError, StopIteration, typeError, valueError,
} from "../objects/exceptions";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { NativeGet, TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { raiseKeyError } from "../objects/pydicttype";
import { indexBound, MAX_SEQUENCE_LENGTH, newTuple, repeatCount, reprEnter, reprLeave } from "../objects/pytuple";
import { makeGenericAlias } from "../objects/genericalias";
import {
  bool, dictType, False, None, objectType, NotImplemented, PyGetSetDescr, PyList, PyMethodDescr, PyObject, PyTuple, PyType, PyValue, True, tupleType, typeOf,
} from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";

// ==== deque ====================================================================================

export const dequeType = nativeType("collections", "deque", objectType,
  TypeFlag.BASETYPE | TypeFlag.SEQUENCE);
export const dequeIterType = nativeType("_collections", "_deque_iterator", objectType, 0);
export const dequeRevIterType = nativeType("_collections", "_deque_reverse_iterator", objectType, 0);

export class PyDeque extends PyObject {
  /** The ring: item i (from the left) is buf[(head + i) & (buf.length - 1)]; the length is a power of two. */
  buf: (PyValue | undefined)[];
  head: number;
  size: number;
  /** -1 when unbounded. */
  maxlen: number;
  /** Bumped by every mutation that moves items (CPython's deque->state). */
  state: number;

  constructor(cls: PyType = dequeType) {
    super(cls);
    this.buf = new Array(8);
    this.head = 0;
    this.size = 0;
    this.maxlen = -1;
    this.state = 0;
  }

  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)] as PyValue;
  }

  put(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }

  /** The items, left to right (a fresh array). */
  items(): PyValue[] {
    const out = new Array<PyValue>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }

  /** Replaces the contents (no state change: callers bump it). */
  setItems(items: readonly PyValue[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    this.buf = new Array(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.size = items.length;
  }

  private grow(): void {
    const old = this.items();
    this.buf = new Array(this.buf.length * 2);
    for (let i = 0; i < old.length; i++) this.buf[i] = old[i];
    this.head = 0;
  }

  pushRight(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
  }

  pushLeft(v: PyValue): void {
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
  }

  popRight(): PyValue {
    this.size--;
    const p = (this.head + this.size) & (this.buf.length - 1);
    const v = this.buf[p] as PyValue;
    this.buf[p] = undefined;
    return v;
  }

  popLeft(): PyValue {
    const v = this.buf[this.head] as PyValue;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    return v;
  }

  /** d.append(v), dropping from the left past maxlen. */
  append(v: PyValue): void {
    this.state++;
    this.pushRight(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popLeft();
  }

  appendLeft(v: PyValue): void {
    this.state++;
    this.pushLeft(v);
    if (this.maxlen >= 0 && this.size > this.maxlen) this.popRight();
  }

  clear(): void {
    if (this.size === 0) return;
    this.state++;
    this.buf = new Array(8);
    this.head = 0;
    this.size = 0;
  }

  /** Rotates n steps to the right (left for n < 0). Deques of 0 or 1 items are left alone. */
  rotate(n: number): void {
    const len = this.size;
    if (len <= 1) return;
    this.state++;
    const half = len >> 1;
    if (n > half || n < -half) {
      n %= len;
      if (n > half) n -= len;
      else if (n < -half) n += len;
    }
    for (; n > 0; n--) this.pushLeft(this.popRight());
    for (; n < 0; n++) this.pushRight(this.popLeft());
  }

  /** Removes item i (0 <= i < size), moving the shorter side. */
  deleteAt(i: number): void {
    this.state++;
    if (i < this.size - 1 - i) {
      for (let j = i; j > 0; j--) this.put(j, this.at(j - 1));
      this.popLeft();
    } else {
      for (let j = i; j < this.size - 1; j++) this.put(j, this.at(j + 1));
      this.popRight();
    }
  }

  /** Inserts v before item i (0 < i < size). */
  insertAt(i: number, v: PyValue): void {
    this.state++;
    this.pushRight(v);
    for (let j = this.size - 1; j > i; j--) this.put(j, this.at(j - 1));
    this.put(i, v);
  }
}

function asDeque(v: PyValue): PyDeque {
  return v as PyDeque;
}

function isDeque(v: PyValue): v is PyDeque {
  return v instanceof PyDeque && isInstance(v, dequeType);
}

function mutatedError(t = RuntimeError): never {
  raiseError(t, "deque mutated during iteration");
}

/** d.extend(iterable) (deque_extend): a deque extended by itself takes a snapshot first. */
function dequeExtend(d: PyDeque, iterable: PyValue, left: boolean): void {
  if (iterable === d) iterable = new PyList(d.items());
  const it = getIter(iterable);
  if (d.maxlen === 0) {
    // Nothing can be kept, but the iterable is still consumed.
    while (iterNext(it) !== undefined);
    return;
  }
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (left) d.appendLeft(x);
    else d.append(x);
  }
}

/** The maxlen argument: an int (not merely an __index__), >= 0; None is unbounded. */
function maxlenArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = intValue(v);
  if (n === undefined) typeError("an integer is required");
  if (typeof n === "bigint") raiseError(OverflowError, "Python int too large to convert to C ssize_t");
  if (n < 0) valueError("maxlen must be non-negative");
  return n;
}

/** A Py_ssize_t argument taken through __index__. */
function ssizeArg(v: PyValue): number {
  const n = index(v);
  if (typeof n === "bigint") raiseError(OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

/** An item index (sq_item): __index__, negative counts from the right. */
function itemIndex(d: PyDeque, key: PyValue): number {
  let i: number;
  if (typeof key === "number") i = key;
  else {
    if (typeOf(key).lookup("__index__") === undefined && intValue(key) === undefined) {
      typeError(`sequence index must be integer, not '${typeName(key)}'`);
    }
    const n = index(key);
    if (typeof n === "bigint") raiseError(IndexError, "cannot fit 'int' into an index-sized integer");
    i = n;
  }
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) raiseError(IndexError, "deque index out of range");
  return i;
}

/** d.copy(): an exact deque copies directly; a subclass is called as type(d)(d[, maxlen]). */
function dequeCopy(d: PyDeque): PyDeque {
  if (d.cls === dequeType) {
    const c = new PyDeque(dequeType);
    c.maxlen = d.maxlen;
    c.setItems(d.items());
    return c;
  }
  const r = call(d.cls, d.maxlen < 0 ? [d] : [d, d.maxlen]);
  if (!isDeque(r)) typeError(`${d.cls.name}() must return a deque, not ${typeName(r)}`);
  return r;
}

/** d *= n (deque_inplace_repeat): the items n times over, keeping the last maxlen. */
function inplaceRepeat(d: PyDeque, nArg: PyValue): PyDeque {
  const n = repeatCount(nArg, 0);
  if (n === undefined) typeError(`can't multiply sequence by non-int of type '${typeName(nArg)}'`);
  const size = d.size;
  if (size === 0 || n === 1) return d;
  if (n <= 0) {
    d.clear();
    return d;
  }
  // Past maxlen only the tail survives: fewer whole repetitions give the same tail.
  let reps = n;
  if (d.maxlen >= 0 && reps * size > d.maxlen) reps = Math.floor((d.maxlen + size - 1) / size) + 1;
  const total = reps * size;
  if (total > MAX_SEQUENCE_LENGTH) raiseError(MemoryError, null);
  const items = d.items();
  const out = new Array<PyValue>(total);
  for (let i = 0; i < total; i++) out[i] = items[i % size];
  d.state++;
  d.setItems(d.maxlen >= 0 && total > d.maxlen ? out.slice(total - d.maxlen) : out);
  return d;
}

/** deque_richcompare: deques only; the first unequal pair decides, else the lengths. */
function dequeCompare(op: Cmp) {
  return (args: PyValue[]): PyValue => {
    slotArgs(args, 1);
    const v = args[0];
    const w = args[1];
    if (!isDeque(v) || !isDeque(w)) return NotImplemented;
    const vs = v.size;
    const ws = w.size;
    if (op === Cmp.EQ) {
      if (v === w) return True;
      if (vs !== ws) return False;
    }
    if (op === Cmp.NE) {
      if (v === w) return False;
      if (vs !== ws) return True;
    }
    const it1 = getIter(v);
    const it2 = getIter(w);
    let x: PyValue | undefined;
    let y: PyValue | undefined;
    for (;;) {
      x = iterNext(it1);
      y = iterNext(it2);
      if (x === undefined || y === undefined) break;
      if (!richEqBool(x, y)) return richCompare(x, y, op);
    }
    switch (op) {
      case Cmp.LT: return bool(y !== undefined);
      case Cmp.LE: return bool(x === undefined);
      case Cmp.EQ: return bool(x === y);
      case Cmp.NE: return bool(x !== y);
      case Cmp.GT: return bool(x !== undefined);
      case Cmp.GE: return bool(y === undefined);
    }
  };
}

function dequeRepr(d: PyDeque): string {
  if (!reprEnter(d)) return "[...]";
  try {
    const list = repr(new PyList(toArray(d)));
    return d.maxlen >= 0 ? `${d.cls.name}(${list}, maxlen=${d.maxlen})` : `${d.cls.name}(${list})`;
  } finally {
    reprLeave(d);
  }
}

/** The state __reduce__ passes on (_PyObject_GetState): __getstate__'s, else a non-empty __dict__. */
function reduceState(self: PyObject): PyValue {
  const gs = typeOf(self).lookup("__getstate__");
  if (gs !== undefined) return callDescr(gs, self, []);
  return self.dict === null || self.dict.size === 0 ? None : self.dict;
}

/**
 * Whether an operand deque cannot take may still handle `deque + x` / `deque * x` itself: only
 * when its class defines the reflected method in Python (a native one would not take a deque).
 * CPython tries the other side's number slot before deque's sequence slot raises.
 */
function otherMayHandle(other: PyValue, rname: string): boolean {
  const f = typeOf(other).lookup(rname);
  return f !== undefined && !(f instanceof PyMethodDescr);
}

/** The argument count check of a slot wrapper (`d.__contains__()`). */
function slotArgs(args: PyValue[], n: number): void {
  if (args.length - 1 !== n) typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length - 1}`);
}

function initDeque(): void {
  dequeType.ns.set("__doc__", "deque([iterable[, maxlen]]) --> deque object\n\n" +
    "A list-like sequence optimized for data accesses near its endpoints.");
  dequeType.ns.set("__hash__", None);
  defNew(dequeType, (args) => new PyDeque(args[0] as PyType));
  defGetSet(dequeType, "maxlen", (self) => {
    const m = asDeque(self).maxlen;
    return m < 0 ? None : m;
  });
  defMethods(dequeType, {
    __init__(args, kwnames) {
      const d = asDeque(args[0]);
      const [iterable, maxlenObj] = parseArgs("deque", args.slice(1), kwnames, ["iterable", "maxlen"], 0);
      d.maxlen = maxlenArg(maxlenObj);
      if (d.size > 0) d.clear();
      if (iterable !== undefined) dequeExtend(d, iterable, false);
      return None;
    },
    append(args, kwnames) {
      checkArgs("deque.append", args, kwnames, 1, 1);
      asDeque(args[0]).append(args[1]);
      return None;
    },
    appendleft(args, kwnames) {
      checkArgs("deque.appendleft", args, kwnames, 1, 1);
      asDeque(args[0]).appendLeft(args[1]);
      return None;
    },
    pop(args, kwnames) {
      checkArgs("deque.pop", args, kwnames, 0, 0);
      const d = asDeque(args[0]);
      if (d.size === 0) raiseError(IndexError, "pop from an empty deque");
      d.state++;
      return d.popRight();
    },
    popleft(args, kwnames) {
      checkArgs("deque.popleft", args, kwnames, 0, 0);
      const d = asDeque(args[0]);
      if (d.size === 0) raiseError(IndexError, "pop from an empty deque");
      d.state++;
      return d.popLeft();
    },
    extend(args, kwnames) {
      checkArgs("deque.extend", args, kwnames, 1, 1);
      dequeExtend(asDeque(args[0]), args[1], false);
      return None;
    },
    extendleft(args, kwnames) {
      checkArgs("deque.extendleft", args, kwnames, 1, 1);
      dequeExtend(asDeque(args[0]), args[1], true);
      return None;
    },
    clear(args, kwnames) {
      checkArgs("deque.clear", args, kwnames, 0, 0);
      asDeque(args[0]).clear();
      return None;
    },
    copy(args, kwnames) {
      checkArgs("deque.copy", args, kwnames, 0, 0);
      return dequeCopy(asDeque(args[0]));
    },
    __copy__(args, kwnames) {
      checkArgs("deque.__copy__", args, kwnames, 0, 0);
      return dequeCopy(asDeque(args[0]));
    },
    rotate(args, kwnames) {
      checkArgs("deque.rotate", args, kwnames, 0, 1);
      asDeque(args[0]).rotate(args.length > 1 ? ssizeArg(args[1]) : 1);
      return None;
    },
    reverse(args, kwnames) {
      checkArgs("deque.reverse", args, kwnames, 0, 0);
      const d = asDeque(args[0]);
      for (let i = 0, j = d.size - 1; i < j; i++, j--) {
        const t = d.at(i);
        d.put(i, d.at(j));
        d.put(j, t);
      }
      return None;
    },
    count(args, kwnames) {
      checkArgs("deque.count", args, kwnames, 1, 1);
      const d = asDeque(args[0]);
      const start = d.state;
      const n = d.size;
      let count = 0;
      for (let i = 0; i < n; i++) {
        if (richEqBool(d.at(i), args[1])) count++;
        if (d.state !== start) mutatedError();
      }
      return count;
    },
    index(args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) typeError("deque.index() takes no keyword arguments");
      const n = args.length - 1;
      if (n < 1) typeError(`index() takes at least 1 argument (${n} given)`);
      if (n > 3) typeError(`index() takes at most 3 arguments (${n} given)`);
      const d = asDeque(args[0]);
      const v = args[1];
      let start = n >= 2 ? indexBound(args[2], d.size) : 0;
      let stop = n >= 3 ? indexBound(args[3], d.size) : d.size;
      if (stop > d.size) stop = d.size;
      if (start > stop) start = stop;
      const state = d.state;
      for (let i = start; i < stop; i++) {
        if (richEqBool(d.at(i), v)) return i;
        if (d.state !== state) mutatedError();
      }
      valueError(`${repr(v)} is not in deque`);
    },
    insert(args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) typeError("deque.insert() takes no keyword arguments");
      if (args.length !== 3) typeError(`insert() takes exactly 2 arguments (${args.length - 1} given)`);
      const d = asDeque(args[0]);
      let i = ssizeArg(args[1]);
      const v = args[2];
      const n = d.size;
      if (d.maxlen === n) raiseError(IndexError, "deque already at its maximum size");
      if (i >= n) d.append(v);
      else if (i <= -n || i === 0) d.appendLeft(v);
      else {
        if (i < 0) i += n;
        d.insertAt(i, v);
      }
      return None;
    },
    remove(args, kwnames) {
      checkArgs("deque.remove", args, kwnames, 1, 1);
      const d = asDeque(args[0]);
      const v = args[1];
      const state = d.state;
      const n = d.size;
      for (let i = 0; i < n; i++) {
        const eq = richEqBool(d.at(i), v);
        // A quirk kept from CPython: remove reports the mutation as an IndexError.
        if (d.state !== state) mutatedError(IndexError);
        if (eq) {
          d.deleteAt(i);
          return None;
        }
      }
      valueError(`${repr(v)} is not in deque`);
    },
    __len__(args) {
      slotArgs(args, 0);
      return asDeque(args[0]).size;
    },
    __contains__(args) {
      slotArgs(args, 1);
      const d = asDeque(args[0]);
      const state = d.state;
      const n = d.size;
      for (let i = 0; i < n; i++) {
        if (richEqBool(d.at(i), args[1])) return True;
        if (d.state !== state) mutatedError();
      }
      return False;
    },
    __getitem__(args) {
      if (args.length !== 2) slotArgs(args, 1);
      const d = asDeque(args[0]);
      return d.at(itemIndex(d, args[1]));
    },
    __setitem__(args) {
      slotArgs(args, 2);
      const d = asDeque(args[0]);
      d.put(itemIndex(d, args[1]), args[2]);
      return None;
    },
    __delitem__(args) {
      slotArgs(args, 1);
      const d = asDeque(args[0]);
      d.deleteAt(itemIndex(d, args[1]));
      return None;
    },
    __iter__: (args) => new DequeIter(dequeIterType, asDeque(args[0]), false),
    __reversed__(args, kwnames) {
      checkArgs("deque.__reversed__", args, kwnames, 0, 0);
      return new DequeIter(dequeRevIterType, asDeque(args[0]), true);
    },
    __repr__: (args) => dequeRepr(asDeque(args[0])),
    __eq__: dequeCompare(Cmp.EQ),
    __ne__: dequeCompare(Cmp.NE),
    __lt__: dequeCompare(Cmp.LT),
    __le__: dequeCompare(Cmp.LE),
    __gt__: dequeCompare(Cmp.GT),
    __ge__: dequeCompare(Cmp.GE),
    __iadd__(args) {
      slotArgs(args, 1);
      dequeExtend(asDeque(args[0]), args[1], false);
      return args[0];
    },
    __add__(args) {
      slotArgs(args, 1);
      const other = args[1];
      if (!isInstance(other, dequeType)) {
        if (otherMayHandle(other, "__radd__")) return NotImplemented;
        typeError(`can only concatenate deque (not "${typeName(other)}") to deque`);
      }
      const c = dequeCopy(asDeque(args[0]));
      dequeExtend(c, other, false);
      return c;
    },
    __mul__(args) {
      slotArgs(args, 1);
      const n = args[1];
      if (intValue(n) === undefined && typeOf(n).lookup("__index__") === undefined && otherMayHandle(n, "__rmul__")) {
        return NotImplemented;
      }
      return inplaceRepeat(dequeCopy(asDeque(args[0])), n);
    },
    __rmul__(args) {
      slotArgs(args, 1);
      return inplaceRepeat(dequeCopy(asDeque(args[0])), args[1]);
    },
    __imul__(args) {
      slotArgs(args, 1);
      return inplaceRepeat(asDeque(args[0]), args[1]);
    },
    __reduce__(args, kwnames) {
      checkArgs("deque.__reduce__", args, kwnames, 0, 0);
      const d = asDeque(args[0]);
      const state = reduceState(d);
      const it = getIter(d);
      return newTuple([d.cls, d.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), d.maxlen]), state, it]);
    },
    __sizeof__(args, kwnames) {
      checkArgs("deque.__sizeof__", args, kwnames, 0, 0);
      // CPython: the object plus its 64-slot blocks (an estimate; no memory layout to report here).
      const d = asDeque(args[0]);
      return 112 + 528 * Math.floor((d.size + 64) / 64);
    },
  });
  defClassMethod(dequeType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
}

// ---- the iterators -------------------------------------------------------------------------------

/** dequeiterobject: walks by position; RuntimeError once the deque's state has moved. */
export class DequeIter extends PyIter {
  deque: PyDeque;
  /** The next position (counts down for the reverse iterator). */
  index: number;
  state: number;
  /** Items left to yield. */
  counter: number;
  reverse: boolean;

  constructor(cls: PyType, d: PyDeque, reverse: boolean) {
    super(cls);
    this.deque = d;
    this.index = reverse ? d.size - 1 : 0;
    this.state = d.state;
    this.counter = d.size;
    this.reverse = reverse;
  }

  next(): PyValue | undefined {
    const d = this.deque;
    if (d.state !== this.state) {
      this.counter = 0;
      mutatedError();
    }
    if (this.counter === 0) return undefined;
    const v = d.at(this.index);
    this.index += this.reverse ? -1 : 1;
    this.counter--;
    return v;
  }
}

function initDequeIters(): void {
  for (const [t, reverse] of [[dequeIterType, false], [dequeRevIterType, true]] as const) {
    defNew(t, (args) => {
      // dequeiter_new parses (deque, index=0) positionally and ignores keywords, as CPython does.
      const n = args.length - 1;
      if (n < 1) typeError(`function takes at least 1 argument (${n} given)`);
      if (n > 2) typeError(`function takes at most 2 arguments (${n} given)`);
      const d = args[1];
      if (!isDeque(d)) typeError(`argument 1 must be collections.deque, not ${typeName(d)}`);
      const skip = n === 2 ? ssizeArg(args[2]) : 0;
      const it = new DequeIter(args[0] as PyType, d, reverse);
      for (let i = 0; i < skip && it.next() !== undefined; i++);
      return it;
    });
    defMethods(t, {
      __iter__: (args) => args[0],
      __next__(args) {
        const v = (args[0] as DequeIter).next();
        if (v === undefined) raiseError(StopIteration);
        return v;
      },
      __length_hint__(args, kwnames) {
        checkArgs(`${t.name}.__length_hint__`, args, kwnames, 0, 0);
        return (args[0] as DequeIter).counter;
      },
      __reduce__(args, kwnames) {
        checkArgs(`${t.name}.__reduce__`, args, kwnames, 0, 0);
        const it = args[0] as DequeIter;
        return newTuple([it.cls, newTuple([it.deque, it.deque.size - it.counter])]);
      },
    });
  }
}

// ==== defaultdict ================================================================================

export const defaultdictType = nativeType("collections", "defaultdict", dictType);

export class PyDefaultDict extends PyDict {
  /** The default_factory (None when unset). */
  factory: PyValue = None;
}

/** The factory of a defaultdict (None for a dict made by dict.__new__(defaultdict)). */
function factoryOf(d: PyValue): PyValue {
  return d instanceof PyDefaultDict ? d.factory : None;
}

let dictInit: PyValue;
let dictRepr: PyValue;

/** type(dd)(factory, arg): how copy() and | make the new defaultdict. */
function newLike(dd: PyValue, arg: PyValue): PyValue {
  return call(typeOf(dd), [factoryOf(dd), arg]);
}

function defaultdictRepr(dd: PyDict): string {
  // dict's repr first (its reprs run before the factory's), with the recursion guard entered
  // before the emptiness test, as CPython's dict_repr does.
  let base: string;
  if (!reprEnter(dd)) base = "{...}";
  else {
    reprLeave(dd);
    base = callDescr(dictRepr, dd, []) as string;
  }
  const f = factoryOf(dd);
  let frepr: string;
  if (f === None) frepr = "None";
  else if (typeof f === "object" && !reprEnter(f)) frepr = "...";
  else {
    try {
      frepr = repr(f);
    } finally {
      if (typeof f === "object") reprLeave(f);
    }
  }
  return `${dd.cls.name}(${frepr}, ${base})`;
}

function initDefaultdict(): void {
  dictInit = dictType.ns.get("__init__")!;
  dictRepr = dictType.ns.get("__repr__")!;
  defaultdictType.ns.set("__doc__", "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n" +
    "The default factory is called without arguments to produce\n" +
    "a new value when a key is not present, in __getitem__ only.\n" +
    "A defaultdict compares equal to a dict with the same items.\n" +
    "All remaining arguments are treated the same as if they were\n" +
    "passed to the dict constructor, including keyword arguments.\n");
  defNew(defaultdictType, (args) => new PyDefaultDict(args[0] as PyType));
  defGetSet(defaultdictType, "default_factory", factoryOf, (self, v) => {
    if (self instanceof PyDefaultDict) self.factory = v === undefined ? None : v;
  });
  (defaultdictType.ns.get("default_factory") as PyGetSetDescr).doc = "Factory for default value called by __missing__().";
  defMethods(defaultdictType, {
    __init__(args, kwnames) {
      const self = args[0];
      const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
      let rest = args.slice(1);
      if (npos >= 1) {
        const f = args[1];
        if (f !== None && typeOf(f).lookup("__call__") === undefined) typeError("first argument must be callable or None");
        if (self instanceof PyDefaultDict) self.factory = f;
        rest = args.slice(2);
      }
      return callDescr(dictInit, self, rest, kwnames);
    },
    __missing__(args, kwnames) {
      checkArgs("defaultdict.__missing__", args, kwnames, 1, 1);
      const self = args[0];
      const key = args[1];
      const f = factoryOf(self);
      if (f === None) raiseKeyError(key);
      const v = call(f, []);
      setItem(self, key, v);
      return v;
    },
    __repr__: (args) => defaultdictRepr(args[0] as PyDict),
    copy(args, kwnames) {
      checkArgs("defaultdict.copy", args, kwnames, 0, 0);
      return newLike(args[0], args[0]);
    },
    __copy__(args, kwnames) {
      checkArgs("defaultdict.__copy__", args, kwnames, 0, 0);
      return newLike(args[0], args[0]);
    },
    __reduce__(args, kwnames) {
      checkArgs("defaultdict.__reduce__", args, kwnames, 0, 0);
      const self = args[0];
      const f = factoryOf(self);
      const items = callMethod(self, "items", []);
      return newTuple([typeOf(self), f === None ? newTuple([]) : newTuple([f]), None, None, getIter(items)]);
    },
    __or__(args) {
      slotArgs(args, 1);
      return defaultdictOr(args[0], args[1]);
    },
    __ror__(args) {
      slotArgs(args, 1);
      return defaultdictOr(args[1], args[0]);
    },
  });
  defClassMethod(defaultdictType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
  (defaultdictType.ns.get("__missing__") as PyMethodDescr).doc = "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n" +
    "  if self.default_factory is None: raise KeyError((key,))\n" +
    "  self[key] = value = self.default_factory()\n" +
    "  return value\n";
}

/** left | right where one side is a defaultdict: type(dd)(factory, left) updated with right. */
function defaultdictOr(left: PyValue, right: PyValue): PyValue {
  const self = isInstance(left, defaultdictType) ? left : right;
  const other = self === left ? right : left;
  if (!isInstance(other, dictType)) return NotImplemented;
  const d = newLike(self, left);
  callMethod(d, "update", [right]);
  return d;
}

// ==== _count_elements, _tuplegetter ==============================================================

let dictGet: PyValue;
let dictSetitem: PyValue;

/** Counter's loop: mapping[k] = mapping.get(k, 0) + 1 for each k of iterable. */
function countElements(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs("_count_elements", args, kwnames, 2, 2, 0);
  const mapping = args[0];
  const it = getIter(args[1]);
  const t = typeOf(mapping);
  if (mapping instanceof PyDict && t.lookup("get") === dictGet && t.lookup("__setitem__") === dictSetitem) {
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
      hashOf(k);
      const old = mapping.get(k);
      mapping.set(k, old === undefined ? 1 : binaryOp(old, 1, Bin.ADD));
    }
    return None;
  }
  const get = getAttr(mapping, "get");
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    const old = call(get, [k, 0]);
    setItem(mapping, k, binaryOp(old, 1, Bin.ADD));
  }
  return None;
}

export const tuplegetterType = nativeType("_collections", "_tuplegetter", objectType, 0);

export class PyTupleGetter extends PyObject implements NativeGet {
  constructor(public index: number, public doc: PyValue) {
    super(tuplegetterType);
  }

  /** __get__(obj, type) for an instance obj: its item at the index. */
  nativeGet(obj: PyValue): PyValue {
    if (!(obj instanceof PyTuple) || !isInstance(obj, tupleType)) {
      typeError(`descriptor for index '${this.index}' for tuple subclasses doesn't apply to '${typeName(obj)}' object`);
    }
    if (this.index < 0 || this.index >= obj.items.length) raiseError(IndexError, "tuple index out of range");
    return obj.items[this.index];
  }
}

function initTuplegetter(): void {
  defNew(tuplegetterType, (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("_tuplegetter() takes no keyword arguments");
    checkArgs("_tuplegetter", args, null, 2, 2);
    return new PyTupleGetter(ssizeArg(args[1]), args[2]);
  });
  defGetSet(tuplegetterType, "__doc__", (self) => (self as PyTupleGetter).doc, (self, v) => {
    (self as PyTupleGetter).doc = v === undefined ? None : v;
  });
  defMethods(tuplegetterType, {
    __get__(args) {
      if (args.length < 2 || args.length > 3) typeError(`expected 1 or 2 arguments, got ${args.length - 1}`);
      const self = args[0] as PyTupleGetter;
      const obj = args.length > 1 ? args[1] : None;
      if (obj === None) return self;
      return self.nativeGet(obj);
    },
    __set__(args) {
      slotArgs(args, 2);
      raiseError(AttributeError, "can't set attribute");
    },
    __delete__(args) {
      slotArgs(args, 1);
      raiseError(AttributeError, "can't delete attribute");
    },
    __reduce__(args, kwnames) {
      checkArgs("_tuplegetter.__reduce__", args, kwnames, 0, 0);
      const self = args[0] as PyTupleGetter;
      return newTuple([tuplegetterType, newTuple([self.index, self.doc])]);
    },
    __repr__(args) {
      const self = args[0] as PyTupleGetter;
      return `_tuplegetter(${self.index}, ${repr(self.doc)})`;
    },
  });
}

// ==== the module ================================================================================

let initialized = false;

defineModule("_collections", (dict) => {
  if (!initialized) {
    initialized = true;
    initDeque();
    initDequeIters();
    initDefaultdict();
    initTuplegetter();
    dictGet = dictType.ns.get("get")!;
    dictSetitem = dictType.ns.get("__setitem__")!;
  }
  dict.set("deque", dequeType);
  dict.set("defaultdict", defaultdictType);
  dict.set("_deque_iterator", dequeIterType);
  dict.set("_deque_reverse_iterator", dequeRevIterType);
  dict.set("_tuplegetter", tuplegetterType);
  defFunctions(dict, "_collections", { _count_elements: countElements });
}, "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
