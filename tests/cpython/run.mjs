// The conformance runner: runs modules of CPython 3.11's regression tests (Debian's
// libpython3.11-testsuite, /usr/lib/python3.11/test) under Typhon, each in a fresh process
// with a timeout, and records per module how many tests ran and passed (runner.py counts them
// as the CPython baseline does).
//
//   node tests/cpython/run.mjs [options] [module ...]
//     --list FILE      the modules to run (default: core.txt here, the 188 core modules)
//     --jobs N         modules run in parallel (default 2)
//     --timeout S      seconds before a module's process is killed (default 300; a split
//                      module's parts, test_asyncio's submodules, each have this much)
//     --write          write the results to tests/cpython/results.txt
//     --gate           regression gate: run the modules that pass tests in results.txt and
//                      fail if any passes fewer tests than recorded there (less the tolerance
//                      flaky.txt gives a few timing-dependent modules)
//     --verbose        show each module's stderr tail when it does not pass everything
//
// results.txt has one line per module: name, tests run, tests passed, status (ok, import,
// crash, timeout), and a total; the CPython baseline is beside the module list.
import { spawn } from "child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
// The module list and CPython's own counts (copies of ../shared/conformance/, kept beside this file).
const shared = here;
const resultsFile = join(here, "results.txt");

const opts = { list: join(shared, "core.txt"), jobs: 2, timeout: 300, write: false, gate: false, verbose: false, modules: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--list") opts.list = argv[++i];
  else if (a === "--jobs") opts.jobs = Math.max(1, parseInt(argv[++i], 10) || 1);
  else if (a === "--timeout") opts.timeout = Number(argv[++i]) || 300;
  else if (a === "--write") opts.write = true;
  else if (a === "--gate") opts.gate = true;
  else if (a === "--verbose") opts.verbose = true;
  else if (a.startsWith("-")) {
    process.stderr.write(`run.mjs: unknown option ${a}\n`);
    process.exit(2);
  } else opts.modules.push(a);
}

function readList(file) {
  return readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}

/** name -> {run, passed, status} from a results or baseline file. */
function readResults(file) {
  const out = new Map();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#") || line.startsWith("total")) continue;
    const [name, run, passed, status] = line.trim().split(/\s+/);
    out.set(name, { run: Number(run), passed: Number(passed), status: status ?? "ok" });
  }
  return out;
}

const recorded = readResults(resultsFile);
const baseline = readResults(join(shared, "cpython-3.11-baseline.txt"));
let modules = opts.modules.length ? opts.modules : readList(opts.list);
// The gate runs the modules that pass tests when recorded (a module that timed out counts the
// tests it finished first).
if (opts.gate && opts.modules.length === 0) {
  modules = modules.filter((m) => (recorded.get(m)?.passed ?? 0) > 0 && ["ok", "timeout"].includes(recorded.get(m)?.status));
}

// Test packages too big for one process (CPython's regrtest splits the same ones since 3.12):
// each test_*.py submodule runs in its own process, and the counts are summed under the
// package's name.
const SPLIT = new Set(["test_asyncio"]);
const testDir = join(process.env.TYPHON_STDLIB || "/usr/lib/python3.11", "test");

/** The processes a module runs as: itself, or its submodules when it is split. */
function partsOf(name) {
  if (!SPLIT.has(name) || !existsSync(join(testDir, name))) return [name];
  return readdirSync(join(testDir, name)).filter((f) => /^test_.*\.py$/.test(f)).sort()
    .map((f) => `${name}.${f.slice(0, -3)}`);
}

/** Sums the parts of a split module: it is "ok" when a part ran (parts may skip at import). */
function combine(name, parts) {
  const r = { name, run: 0, passed: 0, status: "ok", stderrTail: "", parts };
  for (const p of parts) {
    r.run += p.run;
    r.passed += p.passed;
  }
  if (!parts.some((p) => p.status === "ok")) r.status = parts[0]?.status ?? "crash";
  const bad = parts.filter((p) => p.status !== "ok" && p.status !== "import");
  if (bad.length) r.stderrTail = bad.map((p) => `${p.name}: ${p.status}\n${p.stderrTail}`).join("\n");
  return r;
}

async function runModule(name) {
  const parts = partsOf(name);
  if (parts.length === 1 && parts[0] === name) return runTarget(name);
  const out = [];
  for (const p of parts) out.push(await runTarget(p));
  return combine(name, out);
}

function runTarget(name) {
  return new Promise((resolve) => {
    const cwd = mkdtempSync(join(tmpdir(), "typhon-conf-"));
    const child = spawn(process.execPath, [join(repo, "bin", "typhon"), join(here, "runner.py"), name], {
      cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8", TZ: "UTC", TMPDIR: cwd, PYTHONHASHSEED: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => { stdout += d; if (stdout.length > 1e6) stdout = stdout.slice(-5e5); });
    child.stderr.on("data", (d) => { stderr += d; if (stderr.length > 1e6) stderr = stderr.slice(-5e5); });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, opts.timeout * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      const m = stdout.match(/@@CONFORMANCE (\{.*\})\s*$/m);
      let r;
      if (m) r = JSON.parse(m[1]);
      else {
        // Killed or crashed: the tests that finished before still count (runner.py reports
        // the counts after each test).
        const partial = [...stdout.matchAll(/^@@PARTIAL (\{.*\})\s*$/gm)].pop();
        r = partial ? JSON.parse(partial[1]) : { run: 0, passed: 0 };
        r.status = timedOut ? "timeout" : "crash";
      }
      if (!m) r.detail = `exit ${code}`;
      resolve({ name, ...r, stderrTail: stderr.split("\n").slice(-15).join("\n") });
    });
  });
}

const results = new Map();
// The jobs: one per module, or one per part of a split module (so that the parts share the
// workers with everything else); a split module is reported when its last part is done.
const jobs = modules.flatMap((m) => partsOf(m).map((target) => ({ module: m, target })));
const pending = new Map(modules.map((m) => [m, { left: partsOf(m).length, parts: [], t0: 0 }]));
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const { module: name, target } = jobs[next++];
    const state = pending.get(name);
    if (state.t0 === 0) state.t0 = Date.now();
    const r = await runTarget(target);
    state.parts.push(r);
    if (--state.left > 0) continue;
    const res = target === name ? r : combine(name, state.parts.sort((a, b) => a.name < b.name ? -1 : 1));
    results.set(name, res);
    const base = baseline.get(name);
    const secs = ((Date.now() - state.t0) / 1000).toFixed(1);
    process.stdout.write(`${name.padEnd(32)} ${String(res.passed).padStart(5)} / ${String(base?.passed ?? "?").padStart(5)}  ${res.status}  ${secs}s\n`);
    if (res.parts && opts.verbose) {
      for (const p of res.parts) process.stdout.write(`    ${p.name.padEnd(44)} ${String(p.passed).padStart(5)}  ${p.status}\n`);
    }
    if (opts.verbose && res.passed < (base?.passed ?? 0)) process.stdout.write(res.stderrTail.replace(/^/gm, "    ") + "\n");
  }
}
await Promise.all(Array.from({ length: opts.jobs }, worker));

let total = 0;
for (const r of results.values()) total += r.passed;
const baseTotal = modules.reduce((s, m) => s + (baseline.get(m)?.passed ?? 0), 0);
process.stdout.write(`conformance: ${total} of ${baseTotal} baseline tests pass on ${modules.length} modules\n`);

if (opts.write) {
  const merged = new Map(recorded);
  for (const [name, r] of results) merged.set(name, { run: r.run, passed: r.passed, status: r.status });
  const order = readList(join(shared, "core.txt"));
  const names = [...new Set([...order.filter((n) => merged.has(n)), ...[...merged.keys()].sort()])];
  let sum = 0;
  const lines = ["# Typhon on CPython 3.11's regression tests (tests/cpython/run.mjs --write): module, tests run,",
    "# tests passed (run - failures - errors - skipped - expected failures), status. Compare with",
    "# cpython-3.11-baseline.txt (CPython 3.11.7 on the same modules)."];
  for (const n of names) {
    const r = merged.get(n);
    sum += r.passed;
    lines.push(`${n.padEnd(32)} ${String(r.run).padStart(6)} ${String(r.passed).padStart(6)}  ${r.status}`);
  }
  lines.push(`total ${sum}`);
  writeFileSync(resultsFile, lines.join("\n") + "\n");
}

if (opts.gate) {
  // A module that passes fewer tests than recorded is run once more before it counts (a loaded
  // machine can time a module out).
  const flaky = new Map();
  const flakyFile = join(here, "flaky.txt");
  if (existsSync(flakyFile)) {
    for (const line of readFileSync(flakyFile, "utf8").split("\n")) {
      const [name, tol] = line.trim().split(/\s+/);
      if (name && !name.startsWith("#")) flaky.set(name, Number(tol) || 0);
    }
  }
  const worse = [];
  for (const [name, r0] of results) {
    const before = (recorded.get(name)?.passed ?? 0) - (flaky.get(name) ?? 0);
    let r = r0;
    if (r.passed < before) {
      process.stdout.write(`${name}: ${r.passed} passed, ${before} recorded; running it again\n`);
      r = await runModule(name);
    }
    if (r.passed < before) worse.push(`${name}: ${r.passed} passed, ${before} before (${r.status})`);
  }
  if (worse.length) {
    process.stdout.write(`conformance gate: ${worse.length} module(s) regressed:\n  ${worse.join("\n  ")}\n`);
    process.exit(1);
  }
  process.stdout.write("conformance gate: no module regressed\n");
}
