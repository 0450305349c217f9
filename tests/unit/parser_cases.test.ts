// Parser cases with answers recorded from CPython 3.11 (tests/parser/record_cases.py): each
// source must give the same ast.dump (with positions) or the same SyntaxError (type, message,
// start and end).
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parse, dump, PySyntaxError } from "../../src/parser";

interface Case {
  src: string;
  ok: boolean;
  dump?: string;
  type?: string;
  msg?: string;
  lineno?: number;
  offset?: number;
  end_lineno?: number;
  end_offset?: number;
}

const dir = join(process.cwd(), "tests", "parser", "cases");
for (const file of readdirSync(dir).filter((f) => f.endsWith(".expected.json")).sort()) {
  const cases: Case[] = JSON.parse(readFileSync(join(dir, file), "utf-8"));
  cases.forEach((c, i) => {
    const title = `${file} #${i}: ${JSON.stringify(c.src.slice(0, 40))}`;
    test(title, () => {
      let got: Partial<Case>;
      try {
        const tree = parse(c.src, { filename: "<case>" });
        got = { ok: true, dump: dump(tree, { includeAttributes: true }) };
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        got = { ok: false, type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset };
      }
      if (c.ok) assert.deepEqual(got, { ok: true, dump: c.dump });
      else assert.deepEqual(got, { ok: false, type: c.type, msg: c.msg, lineno: c.lineno, offset: c.offset, end_lineno: c.end_lineno, end_offset: c.end_offset });
    });
  });
}
