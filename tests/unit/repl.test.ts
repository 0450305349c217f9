// The interactive prompt with stdin a pipe (`typhon -i < NAME.in`): output recorded from
// CPython 3.11 by tests/repl/record.py, compared by tests/repl/run.mjs (one case per test).
// The terminal side (line editing, Ctrl-C) is tests/repl/pty_test.py: `node tests/repl/run.mjs --pty`.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "child_process";
import { readdirSync } from "fs";
import { resolve } from "path";

const runner = resolve("tests", "repl", "run.mjs");
const cases = readdirSync(resolve("tests", "repl", "cases")).filter((f) => f.endsWith(".in")).map((f) => f.slice(0, -3)).sort();

for (const name of cases) {
  test(`interactive prompt: ${name}`, () => {
    const r = spawnSync(process.execPath, [runner, "--diff", name], { encoding: "utf-8" });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
}
