// _heapq: the C accelerator of heapq (CPython's Modules/_heapqmodule.c).
//
// The heap is a list whose items satisfy heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2]
// (>= for the _max variants). Only `<` is ever called, and which pairs get compared, and in
// what order, is part of the observable behaviour (a printing __lt__ shows it): the sift
// routines below compare the same pairs as CPython's. siftUp walks the hole at `pos` down to
// a leaf, always taking the smaller child without comparing it to the moving item, then
// siftDown bubbles that item back up (Floyd's "bottom-up" heap). After every comparison the
// list is re-read (a comparison may have run Python code that changed it), and a size change
// is a RuntimeError.

import { Cmp, richCompareBool, typeName } from "../objects/abstract";
import { IndexError, raiseError, RuntimeError, typeError } from "../objects/exceptions";
import { checkArgs } from "../objects/native";
import { listType, None, PyList, PyValue } from "../objects/types";

/** The type name Argument Clinic reports for a bad argument ("None" for None). */
function argTypeName(v: PyValue): string {
  return v === None ? "None" : typeName(v);
}
import { defFunctions, defineModule } from "./registry";

/** a < b as a bool; for the max-heap, b < a. */
function less(a: PyValue, b: PyValue, max: boolean): boolean {
  return max ? richCompareBool(b, a, Cmp.LT) : richCompareBool(a, b, Cmp.LT);
}

function sizeChanged(): never {
  raiseError(RuntimeError, "list changed size during iteration");
}

/** Moves heap[pos] up towards startpos while it is less than its parent. */
function siftDown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  if (pos >= size) raiseError(IndexError, "index out of range");
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const items = heap.items;
    const smaller = less(items[pos], items[parentpos], max);
    if (heap.items.length !== size) sizeChanged();
    if (!smaller) break;
    const now = heap.items; // re-read: the comparison may have replaced the array
    const parent = now[parentpos];
    now[parentpos] = now[pos];
    now[pos] = parent;
    pos = parentpos;
  }
}

/** Moves the smaller child up into the hole at `pos` until a leaf, then sifts the item there down. */
function siftUp(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) raiseError(IndexError, "index out of range");
  const limit = endpos >> 1; // the first position without a child
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const items = heap.items;
      // The min-heap asks left < right, the max-heap right < left; the other child wins on false.
      const keepLeft = max ? richCompareBool(items[childpos + 1], items[childpos], Cmp.LT)
        : richCompareBool(items[childpos], items[childpos + 1], Cmp.LT);
      if (!keepLeft) childpos++;
      if (heap.items.length !== endpos) sizeChanged();
    }
    const items = heap.items;
    const child = items[childpos];
    items[childpos] = items[pos];
    items[pos] = child;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, max);
}

/** The largest power of two <= n (n > 0). */
function keepTopBit(n: number): number {
  let b = 1;
  while (b * 2 <= n) b *= 2;
  return b;
}

/**
 * heapify. Big heaps (over 2500 items) are built in CPython's cache-friendly order: each
 * subtree is finished right after its children, walking the bottom rows first. The order
 * changes which comparisons happen, so it is kept.
 */
function heapify(heap: PyList, max: boolean): void {
  const n = heap.items.length;
  if (n > 2500) {
    const m = n >> 1; // the first position without a child
    const leftmost = keepTopBit(m + 1) - 1; // the first position of m's row
    const mhalf = m >> 1; // where the first loop stops (the rows below are done by the climbs)
    const climb = (i: number): void => {
      for (let j = i; ; j >>= 1) {
        siftUp(heap, j, max);
        if (!(j & 1)) break;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) climb(i);
    for (let i = m - 1; i >= leftmost; i--) climb(i);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
}

function pop(heap: PyList, max: boolean): PyValue {
  const items = heap.items;
  if (items.length === 0) raiseError(IndexError, "index out of range");
  const last = items.pop()!;
  if (heap.items.length === 0) return last;
  const top = heap.items[0];
  heap.items[0] = last;
  siftUp(heap, 0, max);
  return top;
}

function replace(heap: PyList, item: PyValue, max: boolean): PyValue {
  if (heap.items.length === 0) raiseError(IndexError, "index out of range");
  const top = heap.items[0];
  heap.items[0] = item;
  siftUp(heap, 0, max);
  return top;
}

// ---- argument checks ------------------------------------------------------------------------

function isList(v: PyValue): v is PyList {
  return v instanceof PyList && (v.cls === listType || v.cls.isSubtypeOf(listType));
}

/** The heap of a one-argument (METH_O) function. */
function heapArgO(name: string, args: PyValue[], kwnames: readonly string[] | null): PyList {
  if (kwnames !== null && kwnames.length > 0) typeError(`_heapq.${name}() takes no keyword arguments`);
  if (args.length !== 1) typeError(`_heapq.${name}() takes exactly one argument (${args.length} given)`);
  const heap = args[0];
  if (!isList(heap)) typeError(`${name}() argument must be list, not ${argTypeName(heap)}`);
  return heap;
}

/** The heap of a two-argument function (heap, item, /). */
function heapArg2(name: string, args: PyValue[], kwnames: readonly string[] | null): PyList {
  if (kwnames !== null && kwnames.length > 0) typeError(`_heapq.${name}() takes no keyword arguments`);
  checkArgs(name, args, null, 2, 2, 0);
  const heap = args[0];
  if (!isList(heap)) typeError(`${name}() argument 1 must be list, not ${argTypeName(heap)}`);
  return heap;
}

defineModule("_heapq", (dict) => {
  defFunctions(dict, "_heapq", {
    heappush(args, kwnames) {
      const heap = heapArg2("heappush", args, kwnames);
      heap.items.push(args[1]);
      siftDown(heap, 0, heap.items.length - 1, false);
      return None;
    },
    heappop: (args, kwnames) => pop(heapArgO("heappop", args, kwnames), false),
    heapreplace: (args, kwnames) => replace(heapArg2("heapreplace", args, kwnames), args[1], false),
    heappushpop(args, kwnames) {
      const heap = heapArg2("heappushpop", args, kwnames);
      const item = args[1];
      if (heap.items.length === 0) return item;
      if (!richCompareBool(heap.items[0], item, Cmp.LT)) return item;
      if (heap.items.length === 0) raiseError(IndexError, "index out of range");
      const top = heap.items[0];
      heap.items[0] = item;
      siftUp(heap, 0, false);
      return top;
    },
    heapify(args, kwnames) {
      heapify(heapArgO("heapify", args, kwnames), false);
      return None;
    },
    _heappop_max: (args, kwnames) => pop(heapArgO("_heappop_max", args, kwnames), true),
    _heapreplace_max: (args, kwnames) => replace(heapArg2("_heapreplace_max", args, kwnames), args[1], true),
    _heapify_max(args, kwnames) {
      heapify(heapArgO("_heapify_max", args, kwnames), true);
      return None;
    },
  });
}, "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n");

