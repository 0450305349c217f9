// bytes/bytearray methods (src/objects/bytesmethods.ts, strcodecs.ts) against answers recorded
// from CPython 3.11: tests/unit/fixtures/bytes_cases.json, made by
// tests/unit/fixtures/make_str_fixtures.py (which documents the encoding).
//
// Run from the repository root (the fixtures are found from the working directory):
//   node build.mjs && node --test build/tests/tests/unit/bytes.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as B from "../../src/objects/bytesmethods";
import { bytesDecode } from "../../src/objects/strcodecs";
import { loadFixture, runCases } from "./strfixtures";

const F = loadFixture("bytes_cases.json");

type Call = (a: any[]) => unknown;

const CALLS: Record<string, Call> = {
  getitem: ([b, i]) => B.bytesGetItem(b, i),
  slice: ([b, x, y, z]) => B.bytesSlice(b, x, y, z),
  repr: ([b]) => B.reprBytes(b),
  reprbytearray: ([b]) => B.reprBytes(b, true),
  contains: ([b, x]) => B.bytesContains(b, x),
  repeat: ([b, n]) => B.bytesRepeat(b, n),
  find: ([b, x, s, e]) => B.bytesFind(b, x, s, e),
  rfind: ([b, x, s, e]) => B.bytesRfind(b, x, s, e),
  index: ([b, x, s, e]) => B.bytesIndex(b, x, s, e),
  rindex: ([b, x, s, e]) => B.bytesRindex(b, x, s, e),
  count: ([b, x, s, e]) => B.bytesCount(b, x, s, e),
  startswith: ([b, x, s, e]) => B.bytesStartswith(b, x, s, e),
  endswith: ([b, x, s, e]) => B.bytesEndswith(b, x, s, e),
  split: ([b, s, m]) => B.bytesSplit(b, s, m),
  rsplit: ([b, s, m]) => B.bytesRsplit(b, s, m),
  splitlines: ([b, k]) => B.bytesSplitlines(b, k),
  partition: ([b, s]) => B.bytesPartition(b, s),
  rpartition: ([b, s]) => B.bytesRpartition(b, s),
  removeprefix: ([b, p]) => B.bytesRemoveprefix(b, p),
  removesuffix: ([b, p]) => B.bytesRemovesuffix(b, p),
  strip: ([b, c]) => B.bytesStrip(b, c),
  lstrip: ([b, c]) => B.bytesLstrip(b, c),
  rstrip: ([b, c]) => B.bytesRstrip(b, c),
  join: ([s, items]) => B.bytesJoin(s, items),
  replace: ([b, o, n, c]) => B.bytesReplace(b, o, n, c),
  center: ([b, w, f]) => B.bytesCenter(b, w, f),
  ljust: ([b, w, f]) => B.bytesLjust(b, w, f),
  rjust: ([b, w, f]) => B.bytesRjust(b, w, f),
  zfill: ([b, w]) => B.bytesZfill(b, w),
  expandtabs: ([b, t]) => B.bytesExpandtabs(b, t),
  upper: ([b]) => B.bytesUpper(b),
  lower: ([b]) => B.bytesLower(b),
  swapcase: ([b]) => B.bytesSwapcase(b),
  title: ([b]) => B.bytesTitle(b),
  capitalize: ([b]) => B.bytesCapitalize(b),
  isalnum: ([b]) => B.bytesIsalnum(b),
  isalpha: ([b]) => B.bytesIsalpha(b),
  isdigit: ([b]) => B.bytesIsdigit(b),
  islower: ([b]) => B.bytesIslower(b),
  isupper: ([b]) => B.bytesIsupper(b),
  istitle: ([b]) => B.bytesIstitle(b),
  isspace: ([b]) => B.bytesIsspace(b),
  isascii: ([b]) => B.bytesIsascii(b),
  hex: ([b, s, n]) => B.bytesHex(b, s, n),
  fromhex: ([s]) => B.bytesFromhex(s),
  maketrans: ([f, t]) => B.bytesMaketrans(f, t),
  translate: ([b, t, d]) => B.bytesTranslate(b, t, d),
  decode: ([b, e, h]) => bytesDecode(b, e, h),
};

for (const name of Object.keys(F)) {
  test(`bytes.${name}`, () => {
    const call = CALLS[name];
    assert.ok(call, `no call for ${name}`);
    const { total, failures } = runCases(F, name, call);
    assert.ok(total > 0);
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${total} failed`);
  });
}
