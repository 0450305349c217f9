// The typhon command: CPython's command-line behaviour, and SyntaxError output recorded from
// CPython 3.11 (tests/cli/record.py) for the programs in tests/cli/syntax/.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "child_process";
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from "fs";
import { join, resolve } from "path";
import { tmpdir } from "os";

const typhon = resolve("bin", "typhon");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [typhon, ...args], { encoding: "utf-8", input });

const dir = resolve("tests", "cli", "syntax");
for (const name of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
  test(`syntax error output: ${name}`, () => {
    const file = join(dir, name);
    const r = run([file]);
    const got = `exit ${r.status}\n` + r.stderr.split(file).join("<FILE>");
    assert.equal(got, readFileSync(file.replace(/\.py$/, ".expected"), "utf-8"));
  });
}

test("--version and -V", () => {
  for (const flag of ["--version", "-V"]) {
    const r = run([flag]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Python 3\.11\.\d+\n$/);
  }
});

test("-h prints the usage", () => {
  const r = run(["-h"]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^usage: typhon /);
});

test("an unknown option is a usage error, not a crash", () => {
  const r = run(["--no-such-option"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^unknown option --no-such-option\nusage: /);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
});

test("a missing file is reported like CPython does", () => {
  const r = run(["/nonexistent/x.py"]);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "typhon: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n");
});

test("-c and stdin get syntax-checked with CPython's filenames", () => {
  const c = run(["-c", "x = (1,"]);
  assert.equal(c.status, 1);
  assert.match(c.stderr, /^  File "<string>", line 1\n/);
  const s = run(["-"], "if x\n");
  assert.equal(s.status, 1);
  assert.match(s.stderr, /^  File "<stdin>", line 1\n[\s\S]*SyntaxError: expected ':'\n$/);
});

test("--dump-ast prints ast.dump with indent 3, attributes with -a", () => {
  const tmp = mkdtempSync(join(tmpdir(), "typhon-"));
  const f = join(tmp, "t.py");
  writeFileSync(f, "x = 1\n");
  const r = run(["--dump-ast", f]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, [
    "Module(",
    "   body=[",
    "      Assign(",
    "         targets=[",
    "            Name(id='x', ctx=Store())],",
    "         value=Constant(value=1))],",
    "   type_ignores=[])",
    "",
  ].join("\n"));
  const a = run(["--dump-ast", "-a", f]);
  assert.match(a.stdout, /end_col_offset=5\)\],\n   type_ignores=\[\]\)\n$/);
});

test("-c runs code, with sys.argv as CPython sets it", () => {
  const r = run(["-c", "import sys; print(1 + 1, sys.argv)", "a", "b"]);
  assert.equal(r.stderr, "");
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "2 ['-c', 'a', 'b']\n");
});

test("an uncaught exception prints a traceback and exits 1", () => {
  const r = run(["-c", "x = 1\n1/0"]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'Traceback (most recent call last):\n  File "<string>", line 2, in <module>\nZeroDivisionError: division by zero\n');
});

test("source nested too deeply is a MemoryError, as in CPython, not a crash", () => {
  const r = run(["-c", "-".repeat(100000) + "1"]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "MemoryError\n");
});
