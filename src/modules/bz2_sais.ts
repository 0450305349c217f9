// Suffix sorting by induced sorting (SA-IS, Nong, Zhang and Chan 2009), for the bzip2 encoder's
// Burrows-Wheeler transform: linear time whatever the data (long runs and periods included).
//
// How it works: each suffix is S-type (smaller than the next suffix) or L-type (larger); an
// S-type suffix right after an L-type one is an LMS suffix. Once the LMS suffixes are in order,
// one left-to-right pass places every L-type suffix behind its successor and one right-to-left
// pass every S-type suffix (the "induce" steps). The LMS suffixes are put in order by sorting
// the LMS substrings (the same two passes from a rough placement), naming them by rank, and
// sorting the suffixes of that shorter string of names, recursively when names repeat.

/** Suffix types: L, S, and LMS (an S-type suffix right after an L-type one). */
const L_TYPE = 0, S_TYPE = 1, LMS_TYPE = 2;

function bucketStarts(counts: Int32Array, k: number, bucket: Int32Array): void {
  for (let c = 0, sum = 0; c < k; c++) {
    bucket[c] = sum;
    sum += counts[c];
  }
}

function bucketEnds(counts: Int32Array, k: number, bucket: Int32Array): void {
  for (let c = 0, sum = 0; c < k; c++) {
    sum += counts[c];
    bucket[c] = sum;
  }
}

/** From the LMS suffixes placed in sa: the L-type suffixes left to right, then the S-type ones right to left. */
function induce(s: Int32Array, n: number, k: number, sa: Int32Array, type: Uint8Array, counts: Int32Array, bucket: Int32Array): void {
  bucketStarts(counts, k, bucket);
  for (let i = 0; i < n; i++) {
    const j = sa[i] - 1;
    if (j >= 0 && type[j] === L_TYPE) sa[bucket[s[j]]++] = j;
  }
  bucketEnds(counts, k, bucket);
  for (let i = n - 1; i >= 0; i--) {
    const j = sa[i] - 1;
    if (j >= 0 && type[j] !== L_TYPE) sa[--bucket[s[j]]] = j;
  }
}

/**
 * Fills sa[0..n) with the suffix array of s[0..n). s holds symbols in [0, k) and ends with a
 * unique 0 (the sentinel, smaller than every other symbol).
 */
export function suffixArray(s: Int32Array, n: number, k: number, sa: Int32Array): void {
  if (n === 1) {
    sa[0] = 0;
    return;
  }
  const type = new Uint8Array(n);
  type[n - 1] = S_TYPE;
  for (let i = n - 2; i >= 0; i--) {
    if (s[i] < s[i + 1] || (s[i] === s[i + 1] && type[i + 1] !== L_TYPE)) type[i] = S_TYPE;
    else if (type[i + 1] !== L_TYPE) type[i + 1] = LMS_TYPE;
  }
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) counts[s[i]]++;
  const bucket = new Int32Array(k);

  // 1. Sort the LMS substrings: LMS positions at their buckets' ends, then induce.
  sa.fill(-1, 0, n);
  bucketEnds(counts, k, bucket);
  let n1 = 0;
  for (let i = 1; i < n; i++) {
    if (type[i] === LMS_TYPE) {
      sa[--bucket[s[i]]] = i;
      n1++;
    }
  }
  induce(s, n, k, sa, type, counts, bucket);

  // 2. Name the LMS substrings by rank (equal substrings get equal names), in sa[n1..n) by
  // position / 2 (LMS positions are at least two apart).
  let m = 0;
  for (let i = 0; i < n; i++) if (type[sa[i]] === LMS_TYPE) sa[m++] = sa[i];
  sa.fill(-1, n1, n);
  let name = 0, prev = -1;
  for (let i = 0; i < n1; i++) {
    const pos = sa[i];
    let differ = prev < 0;
    for (let d = 0; !differ; d++) {
      if (s[pos + d] !== s[prev + d] || type[pos + d] !== type[prev + d]) differ = true;
      else if (d > 0 && type[pos + d] === LMS_TYPE) break;
    }
    if (differ) {
      name++;
      prev = pos;
    }
    sa[n1 + (pos >> 1)] = name - 1;
  }

  // 3. Order the LMS suffixes: by the names alone when all differ, else recursively.
  const s1 = new Int32Array(n1);
  for (let i = n1, j = 0; i < n; i++) if (sa[i] >= 0) s1[j++] = sa[i];
  const sa1 = new Int32Array(n1);
  if (name < n1) suffixArray(s1, n1, name, sa1);
  else for (let i = 0; i < n1; i++) sa1[s1[i]] = i;
  for (let i = 1, j = 0; i < n; i++) if (type[i] === LMS_TYPE) s1[j++] = i;

  // 4. The LMS suffixes in order at their buckets' ends, then induce the whole array.
  sa.fill(-1, 0, n);
  bucketEnds(counts, k, bucket);
  for (let i = n1 - 1; i >= 0; i--) {
    const j = s1[sa1[i]];
    sa[--bucket[s[j]]] = j;
  }
  induce(s, n, k, sa, type, counts, bucket);
}

/**
 * The Burrows-Wheeler transform of block[0..n) over its cyclic rotations, as bzip2 defines it:
 * the last column of the sorted rotations, and the row holding the block itself. Rotations are
 * the first n symbols of the suffixes of the block written twice, so a suffix sort of that
 * (with a sentinel) orders them; equal rotations (a periodic block) may come in any order, as
 * any order decodes to the same block.
 */
export function bwt(block: Uint8Array, n: number): { last: Uint8Array; origPtr: number } {
  const m = 2 * n + 1;
  const s = new Int32Array(m);
  for (let i = 0; i < n; i++) s[i] = s[i + n] = block[i] + 1;
  s[2 * n] = 0;
  const sa = new Int32Array(m);
  suffixArray(s, m, 257, sa);
  const last = new Uint8Array(n);
  let origPtr = 0, k = 0;
  for (let i = 0; i < m; i++) {
    const p = sa[i];
    if (p >= n) continue;
    if (p === 0) origPtr = k;
    last[k++] = block[p === 0 ? n - 1 : p - 1];
  }
  return { last, origPtr };
}
