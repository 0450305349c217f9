// The test command (npm test): the parser/compiler acceptance tests over CPython's standard
// library, the recorded test programs, the conformance gate over CPython's regression tests
// (these three skipped with --unit), then the unit tests under node's test runner.
import { spawnSync } from "child_process";
import { readdirSync, existsSync } from "fs";
import { join } from "path";

const unitOnly = process.argv.includes("--unit");
const dir = join("build", "tests");
const files = [];
function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith(".test.js")) files.push(p);
  }
}
if (existsSync(dir)) walk(dir);
let status = 0;
if (!unitOnly) {
  // Acceptance tests over CPython's standard library, with python3 as the oracle.
  for (const script of [
    join("tests", "parser", "stdlib_parity.mjs"),
    join("tests", "compiler", "symtable_parity.mjs"),
    join("tests", "compiler", "codegen_parity.mjs"),
  ]) {
    const s = spawnSync(process.execPath, [script], { stdio: "inherit" });
    status = status || (s.status ?? 1);
  }
}
// The test programs (recorded from CPython): every program listed in passing.txt must pass, run
// three ways (DESIGN.md section 7): the JIT at its defaults, off, and compiling at the first back
// edge so that almost everything runs compiled.
for (const jit of [[], ["--typhon-args", "--jit off"], ["--typhon-args", "--jit threshold=1"]]) {
  if (jit.length) console.log(`test programs with ${jit[1]}:`);
  const s = spawnSync(process.execPath, [join("tests", "programs", "run.mjs"), "--quiet", "--timeout", "30", ...jit,
    "--gate", join("tests", "programs", "passing.txt")], { stdio: "inherit" });
  status = status || (s.status ?? 1);
}
// CPython's own regression tests (tests/cpython/): no module may pass fewer tests than recorded
// in tests/cpython/results.txt.
if (!unitOnly) {
  const s = spawnSync(process.execPath, [join("tests", "cpython", "run.mjs"), "--gate", "--jobs", "2", "--timeout", "600"],
    { stdio: "inherit" });
  status = status || (s.status ?? 1);
}
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...files], { stdio: "inherit" });
process.exit(status || (r.status ?? 1));
