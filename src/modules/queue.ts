// _queue: SimpleQueue, the unbounded FIFO queue that queue.SimpleQueue is, and the Empty exception.
// get() blocks through the green-thread scheduler (vm/threads.ts) while the queue is empty.

import { intValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defClassMethod, defMethods, defNew, parseArgs } from "../objects/native";
import { makeGenericAlias } from "../objects/genericalias";
import { None, PyFloat, PyObject, PyType, PyValue, False, True } from "../objects/types";
import { block } from "../vm/threads";
import { defineModule, nativeType } from "./registry";

class SimpleQueue extends PyObject {
  items: PyValue[] = [];
  head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  take(): PyValue {
    const v = this.items[this.head];
    this.items[this.head++] = None;
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

let emptyType: PyType;

defineModule("_queue", (d) => {
  emptyType = nativeType("_queue", "Empty", E.Exception);
  emptyType.ns.set("__doc__", "Exception raised by Queue.get(block=0)/get_nowait().");
  const qType = nativeType("_queue", "SimpleQueue");
  defNew(qType, (args, kw) => {
    if (args.length > 1 || (kw !== null && kw.length > 0)) typeError("SimpleQueue() takes no arguments");
    return new SimpleQueue(args[0] as PyType);
  });
  qType.nativeNew = (cls) => new SimpleQueue(cls);
  defMethods(qType, {
    put(args, kw) {
      const [item] = parseArgs("put", args.slice(1), kw, ["item", "block", "timeout"], 1);
      (args[0] as SimpleQueue).items.push(item!);
      return None;
    },
    put_nowait(args, kw) {
      const [item] = parseArgs("put_nowait", args.slice(1), kw, ["item"], 1);
      (args[0] as SimpleQueue).items.push(item!);
      return None;
    },
    get(args, kw) {
      const [b, t] = parseArgs("get", args.slice(1), kw, ["block", "timeout"], 0);
      return getOrEmpty(args[0] as SimpleQueue, args, b === undefined ? true : truthy(b), t);
    },
    get_nowait(args, kw) {
      checkArgs("get_nowait", args.slice(1), kw, 0, 0, 0);
      return getOrEmpty(args[0] as SimpleQueue, args, false, undefined);
    },
    empty: (args) => ((args[0] as SimpleQueue).size === 0 ? True : False),
    qsize: (args) => (args[0] as SimpleQueue).size,
  });
  defClassMethod(qType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
  d.set("SimpleQueue", qType);
  d.set("Empty", emptyType);
}, "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.");

/** get(): the next item, or Empty when none came in time. */
function getOrEmpty(q: SimpleQueue, args: PyValue[], blocking: boolean, timeout: PyValue | undefined): PyValue {
  let got: PyValue = None;
  if (q.size > 0) return q.take();
  if (!blocking) raiseError(emptyType);
  let deadline = Infinity;
  if (timeout !== undefined && timeout !== None) {
    const t = timeout instanceof PyFloat ? timeout.value : Number(intValue(timeout) ?? NaN);
    if (Number.isNaN(t)) typeError(`'${typeName(timeout)}' object cannot be interpreted as an integer or float`);
    if (t < 0) raiseError(E.ValueError, "'timeout' must be a non-negative number");
    deadline = performance.now() + t * 1000;
  }
  return block({
    take: () => {
      if (q.size === 0) return false;
      got = q.take();
      return true;
    },
    deadline,
    result: (ok) => {
      if (ok) return got;
      raiseError(emptyType);
    },
  }, args);
}
