// list.sort(): TimSort as CPython 3.11 runs it (Objects/listsort.txt is the design note), making
// the same comparisons in the same order, since a Python __lt__ can print or count. Only
// `lt(a, b)` (a < b) is ever asked, as in CPython.
//
// Outline (see listsort.txt for why):
//   - minrun: n's top 6 bits, plus 1 if any lower bit is set (32..64 for n >= 64; n below 64).
//   - Runs: the longest ascending (a[i] <= a[i+1]) or strictly descending prefix of what is
//     left; a descending run is reversed in place (strictness keeps this stable). A run shorter
//     than minrun is extended to minrun (or to the end) by binary insertion.
//   - Pending runs sit on a stack and are merged by the powersort policy CPython 3.11 adopted:
//     each boundary between two adjacent runs gets a "power" (the first bit where the
//     midpoints of the two runs, as fractions of n, differ); before a new run is pushed, runs
//     whose power exceeds the new boundary's are merged. At the end everything is merged
//     right to left (the smaller-neighbour rule of merge_force_collapse).
//   - Merging runs A (left) and B: first skip A's prefix that is <= B[0] and B's suffix that is
//     >= A's last (both by galloping), then merge from the low end when A is the shorter
//     (copying A aside) or from the high end otherwise. A merge starts one element at a time
//     and switches to galloping (exponential then binary search) once one side has won
//     minGallop times in a row; minGallop adapts (starts at 7).
//
// Keys: the caller computes the keys (key function results) first and passes them with the
// values; both arrays are permuted together and only keys are compared. reverse=True is
// handled as CPython does: reverse, sort forward (stably), reverse back (also when lt throws).
//
// Exceptions from lt propagate; the arrays are then still a permutation of their input, as in
// CPython (a merge in progress puts its copied-aside elements back first).
//
// "list modified during sort" is the caller's job: like CPython, list.sort should detach the
// list's storage before sorting (make the list look empty, so that mutations from __lt__ or a
// key function go to a fresh array), sort the detached array, then put it back and raise
// ValueError("list modified during sort") if the list was touched in the meantime.

/** a < b for the sort; may throw (a Python exception), which propagates. */
export type LessThan = (a: unknown, b: unknown) => boolean;

const MIN_GALLOP = 7;
/** Runs shorter than this are sorted by binary insertion alone (listsort.txt's 64). */
const MIN_MERGE = 64;

/** merge_compute_minrun */
export function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MIN_MERGE) {
    r |= n & 1;
    n >>>= 1;
  }
  return n + r;
}

/**
 * The powersort power of the boundary between run 1 (starting at s1, length n1) and run 2
 * (length n2) in a list of length n: the depth at which the binary expansions of the runs'
 * midpoints (as fractions of n) first differ. Computed with integers (doubled midpoints).
 */
export function nodePower(s1: number, n1: number, n2: number, n: number): number {
  let a = 2 * s1 + n1; // twice the midpoint of run 1
  let b = a + n1 + n2; // twice the midpoint of run 2
  let power = 0;
  for (;;) {
    power++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      return power;
    }
    a *= 2;
    b *= 2;
  }
}

function reverseRange(a: unknown[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** Sorting state: the arrays, the comparison, the run stack and the galloping threshold. */
class Sorter {
  readonly keys: unknown[];
  /** Values moved alongside the keys, or null when the keys are the values. */
  readonly values: unknown[] | null;
  readonly lt: LessThan;
  readonly n: number;
  minGallop: number;
  // The run stack: starts, lengths and the power of the boundary after each run.
  runBase: number[];
  runLen: number[];
  runPower: number[];
  // Scratch for the run copied aside during a merge.
  tmpKeys: unknown[];
  tmpValues: unknown[];

  constructor(keys: unknown[], values: unknown[] | null, lt: LessThan) {
    this.keys = keys;
    this.values = values;
    this.lt = lt;
    this.n = keys.length;
    this.minGallop = MIN_GALLOP;
    this.runBase = [];
    this.runLen = [];
    this.runPower = [];
    this.tmpKeys = [];
    this.tmpValues = [];
  }

  sort(): void {
    const n = this.n;
    if (n < 2) return;
    const minrun = computeMinrun(n);
    let lo = 0;
    while (lo < n) {
      let runLen = this.countRun(lo, n);
      if (runLen < minrun) {
        const force = Math.min(minrun, n - lo);
        this.binaryInsertionSort(lo, lo + force, lo + runLen);
        runLen = force;
      }
      this.foundNewRun(lo, runLen);
      this.runBase.push(lo);
      this.runLen.push(runLen);
      this.runPower.push(0);
      lo += runLen;
    }
    this.forceCollapse();
  }

  /**
   * The length of the run starting at lo: ascending (non-decreasing) or strictly descending;
   * a descending run is reversed in place.
   */
  private countRun(lo: number, hi: number): number {
    const k = this.keys;
    const lt = this.lt;
    if (lo + 1 === hi) return 1;
    let i = lo + 2;
    if (lt(k[lo + 1], k[lo])) {
      while (i < hi && lt(k[i], k[i - 1])) i++;
      reverseRange(k, lo, i);
      if (this.values !== null) reverseRange(this.values, lo, i);
    } else {
      while (i < hi && !lt(k[i], k[i - 1])) i++;
    }
    return i - lo;
  }

  /** Sorts [lo, hi) given that [lo, start) is sorted: binary insertion of each later element. */
  private binaryInsertionSort(lo: number, hi: number, start: number): void {
    const k = this.keys;
    const v = this.values;
    const lt = this.lt;
    if (start === lo) start++;
    for (; start < hi; start++) {
      const pivot = k[start];
      // The insertion point: after every element <= pivot (stability).
      let l = lo;
      let r = start;
      do {
        const m = l + ((r - l) >>> 1);
        if (lt(pivot, k[m])) r = m;
        else l = m + 1;
      } while (l < r);
      for (let j = start; j > l; j--) k[j] = k[j - 1];
      k[l] = pivot;
      if (v !== null) {
        const pv = v[start];
        for (let j = start; j > l; j--) v[j] = v[j - 1];
        v[l] = pv;
      }
    }
  }

  /** Before pushing the run [s2, s2 + n2): merge the runs whose boundary power is higher. */
  private foundNewRun(s2: number, n2: number): void {
    const top = this.runLen.length;
    if (top === 0) return;
    const s1 = this.runBase[top - 1];
    const n1 = this.runLen[top - 1];
    const power = nodePower(s1, n1, n2, this.n);
    while (this.runLen.length > 1 && this.runPower[this.runLen.length - 2] > power) {
      this.mergeAt(this.runLen.length - 2);
    }
    this.runPower[this.runLen.length - 1] = power;
  }

  /** Merges everything left, preferring to merge the smaller neighbour of the second run. */
  private forceCollapse(): void {
    while (this.runLen.length > 1) {
      let i = this.runLen.length - 2;
      if (i > 0 && this.runLen[i - 1] < this.runLen[i + 1]) i--;
      this.mergeAt(i);
    }
  }

  /** Merges runs i and i + 1 of the stack. */
  private mergeAt(i: number): void {
    let baseA = this.runBase[i];
    let lenA = this.runLen[i];
    const baseB = this.runBase[i + 1];
    let lenB = this.runLen[i + 1];
    // The merged run keeps run i's place and power; run i + 1's slot goes.
    this.runLen[i] = lenA + lenB;
    this.runBase.splice(i + 1, 1);
    this.runLen.splice(i + 1, 1);
    this.runPower.splice(i + 1, 1);
    const k = this.keys;
    // Elements of A not above B[0] are already in place.
    const skip = this.gallopRight(k[baseB], k, baseA, lenA, 0);
    baseA += skip;
    lenA -= skip;
    if (lenA === 0) return;
    // Elements of B not below A's last are already in place.
    lenB = this.gallopLeft(k[baseA + lenA - 1], k, baseB, lenB, lenB - 1);
    if (lenB <= 0) return;
    if (lenA <= lenB) this.mergeLo(baseA, lenA, baseB, lenB);
    else this.mergeHi(baseA, lenA, baseB, lenB);
  }

  /**
   * Where `key` goes in the sorted a[base, base + n), before any equal elements: the k with
   * a[base + k - 1] < key <= a[base + k]. Searches out from `hint` by doubling steps, then
   * binary search.
   */
  gallopLeft(key: unknown, a: unknown[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastOfs = 0;
    let ofs = 1;
    if (lt(a[base + hint], key)) {
      // a[hint] < key: go right until a[hint + lastOfs] < key <= a[hint + ofs].
      const maxOfs = n - hint;
      while (ofs < maxOfs && lt(a[base + hint + ofs], key)) {
        lastOfs = ofs;
        ofs = 2 * ofs + 1;
      }
      if (ofs > maxOfs) ofs = maxOfs;
      lastOfs += hint;
      ofs += hint;
    } else {
      // key <= a[hint]: go left until a[hint - ofs] < key <= a[hint - lastOfs].
      const maxOfs = hint + 1;
      while (ofs < maxOfs && !lt(a[base + hint - ofs], key)) {
        lastOfs = ofs;
        ofs = 2 * ofs + 1;
      }
      if (ofs > maxOfs) ofs = maxOfs;
      const t = lastOfs;
      lastOfs = hint - ofs;
      ofs = hint - t;
    }
    // Now a[lastOfs] < key <= a[ofs] (with a[-1] = -inf, a[n] = +inf): binary search between.
    lastOfs++;
    while (lastOfs < ofs) {
      const m = lastOfs + ((ofs - lastOfs) >>> 1);
      if (lt(a[base + m], key)) lastOfs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** Like gallopLeft, but after any equal elements: a[base + k - 1] <= key < a[base + k]. */
  gallopRight(key: unknown, a: unknown[], base: number, n: number, hint: number): number {
    const lt = this.lt;
    let lastOfs = 0;
    let ofs = 1;
    if (lt(key, a[base + hint])) {
      // key < a[hint]: go left until a[hint - ofs] <= key < a[hint - lastOfs].
      const maxOfs = hint + 1;
      while (ofs < maxOfs && lt(key, a[base + hint - ofs])) {
        lastOfs = ofs;
        ofs = 2 * ofs + 1;
      }
      if (ofs > maxOfs) ofs = maxOfs;
      const t = lastOfs;
      lastOfs = hint - ofs;
      ofs = hint - t;
    } else {
      // a[hint] <= key: go right until a[hint + lastOfs] <= key < a[hint + ofs].
      const maxOfs = n - hint;
      while (ofs < maxOfs && !lt(key, a[base + hint + ofs])) {
        lastOfs = ofs;
        ofs = 2 * ofs + 1;
      }
      if (ofs > maxOfs) ofs = maxOfs;
      lastOfs += hint;
      ofs += hint;
    }
    lastOfs++;
    while (lastOfs < ofs) {
      const m = lastOfs + ((ofs - lastOfs) >>> 1);
      if (lt(key, a[base + m])) ofs = m;
      else lastOfs = m + 1;
    }
    return ofs;
  }

  /** Copies n elements (keys and values) from one place to another; ranges may overlap. */
  private move(srcK: unknown[], srcV: unknown[] | null, from: number, dstK: unknown[], dstV: unknown[] | null, to: number, n: number): void {
    if (to <= from || srcK !== dstK) {
      for (let i = 0; i < n; i++) dstK[to + i] = srcK[from + i];
      if (srcV !== null && dstV !== null) for (let i = 0; i < n; i++) dstV[to + i] = srcV[from + i];
    } else {
      for (let i = n - 1; i >= 0; i--) dstK[to + i] = srcK[from + i];
      if (srcV !== null && dstV !== null) for (let i = n - 1; i >= 0; i--) dstV[to + i] = srcV[from + i];
    }
  }

  /**
   * Merges A = [baseA, +lenA) and B = [baseB, +lenB) (adjacent, lenA <= lenB, A[0] > B[0]
   * after mergeAt's trimming, A's last > all of B's tail) from the low end, with A copied
   * aside. If lt throws, what is left of A is copied back into the gap, so the array stays a
   * permutation.
   */
  private mergeLo(baseA: number, lenA: number, baseB: number, lenB: number): void {
    const k = this.keys;
    const v = this.values;
    const lt = this.lt;
    const tk = this.tmpKeys;
    const tv = this.tmpValues;
    this.move(k, v, baseA, tk, v === null ? null : tv, 0, lenA);
    let dest = baseA;
    let pa = 0; // next of A, in tmp
    let pb = baseB; // next of B, in place
    let na = lenA;
    let nb = lenB;
    let minGallop = this.minGallop;
    const put = (fromTmp: boolean, i: number): void => {
      if (fromTmp) {
        k[dest] = tk[i];
        if (v !== null) v[dest] = tv[i];
      } else {
        k[dest] = k[i];
        if (v !== null) v[dest] = v[i];
      }
      dest++;
    };
    try {
      put(false, pb++);
      nb--;
      if (nb === 0) return;
      if (na === 1) {
        this.copyBThenA(dest, pb, nb, pa);
        na = 0;
        return;
      }
      for (;;) {
        let countA = 0;
        let countB = 0;
        // One at a time until one run wins minGallop times in a row.
        for (;;) {
          if (lt(k[pb], tk[pa])) {
            put(false, pb++);
            countB++;
            countA = 0;
            if (--nb === 0) return;
            if (countB >= minGallop) break;
          } else {
            put(true, pa++);
            countA++;
            countB = 0;
            if (--na === 1) {
              this.copyBThenA(dest, pb, nb, pa);
              na = 0;
              return;
            }
            if (countA >= minGallop) break;
          }
        }
        // Galloping: find whole blocks at once while that keeps paying off.
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          countA = this.gallopRight(k[pb], tk, pa, na, 0);
          if (countA > 0) {
            this.move(tk, v === null ? null : tv, pa, k, v, dest, countA);
            dest += countA;
            pa += countA;
            na -= countA;
            if (na === 1) {
              this.copyBThenA(dest, pb, nb, pa);
              na = 0;
              return;
            }
            if (na === 0) return; // only with an inconsistent lt
          }
          put(false, pb++);
          if (--nb === 0) return;
          countB = this.gallopLeft(tk[pa], k, pb, nb, 0);
          if (countB > 0) {
            this.move(k, v, pb, k, v, dest, countB);
            dest += countB;
            pb += countB;
            nb -= countB;
            if (nb === 0) return;
          }
          put(true, pa++);
          if (--na === 1) {
            this.copyBThenA(dest, pb, nb, pa);
            na = 0;
            return;
          }
        } while (countA >= MIN_GALLOP || countB >= MIN_GALLOP);
        minGallop++; // leaving galloping mode costs
        this.minGallop = minGallop;
      }
    } finally {
      // Normal end or exception: the rest of A (in tmp) fills the gap before B's rest.
      if (na > 0) this.move(tk, v === null ? null : tv, pa, k, v, dest, na);
    }
  }

  /** mergeLo's ending when one element of A is left: it goes after B's remaining nb. */
  private copyBThenA(dest: number, pb: number, nb: number, pa: number): void {
    const k = this.keys;
    const v = this.values;
    this.move(k, v, pb, k, v, dest, nb);
    k[dest + nb] = this.tmpKeys[pa];
    if (v !== null) v[dest + nb] = this.tmpValues[pa];
  }

  /** The mirror image of mergeLo: from the high end, with B copied aside (lenA > lenB). */
  private mergeHi(baseA: number, lenA: number, baseB: number, lenB: number): void {
    const k = this.keys;
    const v = this.values;
    const lt = this.lt;
    const tk = this.tmpKeys;
    const tv = this.tmpValues;
    this.move(k, v, baseB, tk, v === null ? null : tv, 0, lenB);
    let dest = baseB + lenB - 1;
    let pa = baseA + lenA - 1; // last of A, in place
    let pb = lenB - 1; // last of B, in tmp
    let na = lenA;
    let nb = lenB;
    let minGallop = this.minGallop;
    const put = (fromTmp: boolean, i: number): void => {
      if (fromTmp) {
        k[dest] = tk[i];
        if (v !== null) v[dest] = tv[i];
      } else {
        k[dest] = k[i];
        if (v !== null) v[dest] = v[i];
      }
      dest--;
    };
    try {
      put(false, pa--);
      na--;
      if (na === 0) return;
      if (nb === 1) {
        this.copyAThenB(dest, pa, na, pb);
        nb = 0;
        return;
      }
      for (;;) {
        let countA = 0;
        let countB = 0;
        for (;;) {
          if (lt(tk[pb], k[pa])) {
            put(false, pa--);
            countA++;
            countB = 0;
            if (--na === 0) return;
            if (countA >= minGallop) break;
          } else {
            put(true, pb--);
            countB++;
            countA = 0;
            if (--nb === 1) {
              this.copyAThenB(dest, pa, na, pb);
              nb = 0;
              return;
            }
            if (countB >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          countA = na - this.gallopRight(tk[pb], k, baseA, na, na - 1);
          if (countA > 0) {
            dest -= countA;
            pa -= countA;
            this.move(k, v, pa + 1, k, v, dest + 1, countA);
            na -= countA;
            if (na === 0) return;
          }
          put(true, pb--);
          if (--nb === 1) {
            this.copyAThenB(dest, pa, na, pb);
            nb = 0;
            return;
          }
          countB = nb - this.gallopLeft(k[pa], tk, 0, nb, nb - 1);
          if (countB > 0) {
            dest -= countB;
            pb -= countB;
            this.move(tk, v === null ? null : tv, pb + 1, k, v, dest + 1, countB);
            nb -= countB;
            if (nb === 1) {
              this.copyAThenB(dest, pa, na, pb);
              nb = 0;
              return;
            }
            if (nb === 0) return; // only with an inconsistent lt
          }
          put(false, pa--);
          if (--na === 0) return;
        } while (countA >= MIN_GALLOP || countB >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // What is left of B (tmp[0, nb)) fills the gap ending at dest.
      if (nb > 0) this.move(tk, v === null ? null : tv, 0, k, v, dest - (nb - 1), nb);
    }
  }

  /** mergeHi's ending when one element of B is left: A's remaining na move up, B's goes first. */
  private copyAThenB(dest: number, pa: number, na: number, pb: number): void {
    const k = this.keys;
    const v = this.values;
    dest -= na;
    pa -= na;
    this.move(k, v, pa + 1, k, v, dest + 1, na);
    k[dest] = this.tmpKeys[pb];
    if (v !== null) v[dest] = this.tmpValues[pb];
  }
}

/**
 * Sorts `keys` in place, stably, with CPython 3.11's sequence of lt calls. When `values` is
 * given (a key function's results are the keys), it is permuted alongside. `reverse` as
 * list.sort(reverse=True). Throws what lt throws; the arrays are then a permutation of their
 * input (reversed back when reverse is set, as CPython leaves them).
 */
export function timsort(keys: unknown[], lt: LessThan, reverse = false, values: unknown[] | null = null): void {
  const n = keys.length;
  if (values !== null && values.length !== n) throw new Error("timsort: keys and values differ in length");
  if (n < 2) return;
  if (reverse) {
    reverseRange(keys, 0, n);
    if (values !== null) reverseRange(values, 0, n);
  }
  try {
    new Sorter(keys, values, lt).sort();
  } finally {
    if (reverse) {
      reverseRange(keys, 0, n);
      if (values !== null) reverseRange(values, 0, n);
    }
  }
}
