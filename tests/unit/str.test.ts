// str methods (src/objects/strcore.ts, strmethods.ts, strrepr.ts, strcodecs.ts) against answers
// recorded from CPython 3.11: tests/unit/fixtures/str_cases.json, made by
// tests/unit/fixtures/make_str_fixtures.py (which documents the encoding).
//
// Run from the repository root (the fixtures are found from the working directory):
//   node build.mjs && node --test build/tests/tests/unit/str.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as C from "../../src/objects/strcore";
import * as M from "../../src/objects/strmethods";
import { asciiStr, reprStr } from "../../src/objects/strrepr";
import { strEncode } from "../../src/objects/strcodecs";
import { loadFixture, runCases } from "./strfixtures";

const F = loadFixture("str_cases.json");

type Call = (a: any[]) => unknown;

const CALLS: Record<string, Call> = {
  len: ([s]) => C.cpLength(s),
  getitem: ([s, i]) => C.strGetItem(s, i),
  slice: ([s, a, b, c]) => C.strSlice(s, a, b, c),
  repr: ([s]) => reprStr(s),
  ascii: ([s]) => asciiStr(s),
  compare: ([s, t]) => -C.strCompare(s, t),
  find: ([s, x, a, b]) => M.strFind(s, x, a, b),
  rfind: ([s, x, a, b]) => M.strRfind(s, x, a, b),
  index: ([s, x, a, b]) => M.strIndex(s, x, a, b),
  rindex: ([s, x, a, b]) => M.strRindex(s, x, a, b),
  count: ([s, x, a, b]) => M.strCount(s, x, a, b),
  startswith: ([s, x, a, b]) => M.strStartswith(s, x, a, b),
  endswith: ([s, x, a, b]) => M.strEndswith(s, x, a, b),
  contains: ([s, x]) => M.strContains(s, x),
  removeprefix: ([s, x]) => M.strRemoveprefix(s, x),
  removesuffix: ([s, x]) => M.strRemovesuffix(s, x),
  split: ([s, sep, m]) => M.strSplit(s, sep, m),
  rsplit: ([s, sep, m]) => M.strRsplit(s, sep, m),
  splitlines: ([s, k]) => M.strSplitlines(s, k),
  partition: ([s, x]) => M.strPartition(s, x),
  rpartition: ([s, x]) => M.strRpartition(s, x),
  strip: ([s, c]) => M.strStrip(s, c),
  lstrip: ([s, c]) => M.strLstrip(s, c),
  rstrip: ([s, c]) => M.strRstrip(s, c),
  join: ([sep, items]) => M.strJoin(sep, items),
  replace: ([s, o, n, c]) => M.strReplace(s, o, n, c),
  center: ([s, w, f]) => M.strCenter(s, w, f),
  ljust: ([s, w, f]) => M.strLjust(s, w, f),
  rjust: ([s, w, f]) => M.strRjust(s, w, f),
  zfill: ([s, w]) => M.strZfill(s, w),
  expandtabs: ([s, t]) => M.strExpandtabs(s, t),
  upper: ([s]) => M.strUpper(s),
  lower: ([s]) => M.strLower(s),
  casefold: ([s]) => M.strCasefold(s),
  swapcase: ([s]) => M.strSwapcase(s),
  title: ([s]) => M.strTitle(s),
  capitalize: ([s]) => M.strCapitalize(s),
  isalnum: ([s]) => M.strIsalnum(s),
  isalpha: ([s]) => M.strIsalpha(s),
  isdecimal: ([s]) => M.strIsdecimal(s),
  isdigit: ([s]) => M.strIsdigit(s),
  isnumeric: ([s]) => M.strIsnumeric(s),
  isidentifier: ([s]) => M.strIsidentifier(s),
  islower: ([s]) => M.strIslower(s),
  isupper: ([s]) => M.strIsupper(s),
  istitle: ([s]) => M.strIstitle(s),
  isspace: ([s]) => M.strIsspace(s),
  isprintable: ([s]) => M.strIsprintable(s),
  isascii: ([s]) => M.strIsascii(s),
  encode: ([s, e, h]) => strEncode(s, e, h),
  translate: ([s, t]) => M.strTranslate(s, (cp) => ((t as Map<number, any>).has(cp) ? (t as Map<number, any>).get(cp) : undefined)),
  maketrans: ([x, y, z]) => M.strMaketrans(x, y, z),
  maketranskey: ([k]) => M.strMaketransKey(k),
};

for (const name of Object.keys(F)) {
  if (name === "chars" || name.startsWith("chars/")) continue;
  test(`str.${name}`, () => {
    const call = CALLS[name];
    assert.ok(call, `no call for ${name}`);
    const { total, failures } = runCases(F, name, call);
    assert.ok(total > 0);
    assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${total} failed`);
  });
}

test("str methods on single characters (a sample of the code space)", () => {
  const chars = Array.from(F.chars as string);
  const failures: string[] = [];
  for (const key of Object.keys(F)) {
    if (!key.startsWith("chars/")) continue;
    const name = key.slice(6);
    const call = CALLS[name];
    const expected = F[key];
    chars.forEach((c, i) => {
      const got = call([c]);
      const want = typeof expected === "string" ? expected[i] === "1" : ((expected as Record<string, string>)[i] ?? c);
      if (got !== want) failures.push(`${name}(U+${c.codePointAt(0)!.toString(16)}): expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    });
  }
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failed`);
});

test("str indexing is linear over long strings", () => {
  for (const s of ["abc".repeat(100000), "a\u{1F600}é".repeat(100000)]) {
    const n = C.cpLength(s);
    const t0 = performance.now();
    let k = 0;
    for (let i = 0; i < n; i++) k += C.strGetItem(s, i).length;
    assert.equal(k, s.length);
    assert.ok(performance.now() - t0 < 2000, "indexing took too long");
  }
});
