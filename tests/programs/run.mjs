// Runs the test programs under tests/programs/ with Typhon (or another command) and compares
// stdout, stderr and exit status with the files recorded from CPython 3.11 by record.py.
// See README.md in this folder for the file format.
//
//   node tests/programs/run.mjs [options]
//     --jit off                  pass "--jit off" to typhon
//     --typhon-args "ARGS"       extra arguments for typhon, split on whitespace (e.g. "--jit threshold=1")
//     --python CMD               run CMD (split on whitespace) instead of "node bin/typhon ..." (e.g. python3)
//     --only SUBSTR              only programs whose path (area/name.py) contains SUBSTR (repeatable)
//     --jobs N                   programs run in parallel (default 2)
//     --timeout S                seconds before a program is killed (default 20)
//     --diff                     after each failure, show the first differing lines of each stream
//     --quiet                    print only the summary line
//     --gate FILE                regression gate: exit 1 only if a program listed in FILE fails
//                                (FILE lists area/name.py, one per line: the programs known to pass)
//     --write-gate FILE          write the programs that passed to FILE (after a full run)
//
// Prints one line per failing program and, last, "programs: N passed, M failed".
// Exit status: 0 if every selected program passed, 1 otherwise (2 for bad usage).
import { spawn } from "child_process";
import { readdirSync, readFileSync, existsSync, statSync, writeFileSync } from "fs";
import { join, dirname, relative, sep } from "path";
import { fileURLToPath } from "url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");

function usage(msg) {
  if (msg) process.stderr.write(`run.mjs: ${msg}\n`);
  process.stderr.write(
    "usage: node tests/programs/run.mjs [--jit off] [--typhon-args ARGS] [--python CMD] [--only SUBSTR] " +
      "[--jobs N] [--timeout S] [--diff] [--quiet]\n",
  );
  process.exit(2);
}

const opts = { typhonArgs: [], python: null, only: [], jobs: 2, timeout: 20, diff: false, quiet: false, gate: null, writeGate: null };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const next = () => {
    if (i + 1 >= argv.length) usage(`${a} needs a value`);
    return argv[++i];
  };
  if (a === "--jit") opts.typhonArgs.push("--jit", next());
  else if (a === "--typhon-args") opts.typhonArgs.push(...next().split(/\s+/).filter(Boolean));
  else if (a === "--python") opts.python = next().split(/\s+/).filter(Boolean);
  else if (a === "--only") opts.only.push(next());
  else if (a === "--jobs") opts.jobs = Math.max(1, parseInt(next(), 10) || 1);
  else if (a === "--timeout") opts.timeout = Math.max(1, Number(next()) || 20);
  else if (a === "--diff") opts.diff = true;
  else if (a === "--quiet") opts.quiet = true;
  else if (a === "--gate") opts.gate = next();
  else if (a === "--write-gate") opts.writeGate = next();
  else if (a === "-h" || a === "--help") usage();
  else usage(`unknown option ${a}`);
}

// Programs: tests/programs/<area>/<name>.py; files and folders starting with "_" or "." are
// helpers (modules imported by programs), not programs. record.py/run.mjs live at the top level.
function findPrograms() {
  const out = [];
  for (const area of readdirSync(here).sort()) {
    if (area.startsWith("_") || area.startsWith(".")) continue;
    const dir = join(here, area);
    if (!statSync(dir).isDirectory()) continue;
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
        if (e.name.startsWith("_") || e.name.startsWith(".")) continue;
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".py")) out.push(p);
      }
    };
    walk(dir);
  }
  return out;
}

function readOr(path, dflt) {
  return existsSync(path) ? readFileSync(path, "utf8") : dflt;
}

function command(name) {
  if (opts.python) return [opts.python[0], [...opts.python.slice(1), name]];
  return [process.execPath, [join(repo, "bin", "typhon"), ...opts.typhonArgs, name]];
}

function runOne(path) {
  const dir = dirname(path);
  const name = path.slice(dir.length + 1);
  const [cmd, args] = command(name);
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/tmp",
    LANG: "C.UTF-8",
    PYTHONHASHSEED: "0",
    PYTHONIOENCODING: "utf-8",
    PYTHONDONTWRITEBYTECODE: "1",
  };
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeout * 1000);
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ error: `cannot run ${cmd}: ${e.message}` });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const sub = (s) => s.split(dir).join("<DIR>");
      resolve({
        timedOut,
        stdout: sub(Buffer.concat(out).toString("utf8")),
        stderr: sub(Buffer.concat(err).toString("utf8")),
        code: code ?? (signal ? `signal ${signal}` : "?"),
      });
    });
  });
}

/** What is wrong with run r of the program whose recorded files are base.out/.err/.exit (none: it passed). */
function problemsOf(base, r) {
  if (r.error) return [r.error];
  if (r.timedOut) return [`timed out after ${opts.timeout}s`];
  const problems = [];
  const expCode = parseInt(readOr(base + ".exit", "0").trim(), 10);
  if (r.code !== expCode) problems.push(`exit ${r.code}, expected ${expCode}`);
  if (r.stdout !== readOr(base + ".out", null)) problems.push("stdout differs");
  if (r.stderr !== readOr(base + ".err", "")) problems.push("stderr differs");
  return problems;
}

function firstDiff(expected, actual) {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (s) => (s === undefined ? "<end of output>" : JSON.stringify(s.length > 160 ? s.slice(0, 160) + "..." : s));
      return { line: i + 1, expected: show(e[i]), actual: show(a[i]) };
    }
  }
  return null;
}

async function main() {
  let programs = findPrograms();
  if (opts.only.length) {
    programs = programs.filter((p) => {
      const rel = relative(here, p).split(sep).join("/");
      return opts.only.some((s) => rel.includes(s));
    });
  }
  let passed = 0;
  let failed = 0;
  let next = 0;
  const passedList = [];
  const failedList = [];
  const timedOutList = [];
  const worker = async () => {
    while (next < programs.length) {
      const path = programs[next++];
      const rel = relative(here, path).split(sep).join("/");
      const base = path.slice(0, -3);
      const expOut = readOr(base + ".out", null);
      if (expOut === null) {
        failed++;
        if (!opts.quiet) console.log(`FAIL ${rel}: no recorded ${rel.slice(0, -3)}.out (run record.py)`);
        continue;
      }
      const expErr = readOr(base + ".err", "");
      const r = await runOne(path);
      const problems = problemsOf(base, r);
      if (!problems.length) {
        passed++;
        passedList.push(rel);
        continue;
      }
      failed++;
      failedList.push(rel);
      if (r.timedOut) timedOutList.push(path);
      if (opts.quiet) continue;
      let line = `FAIL ${rel}: ${problems.join(", ")}`;
      if (!r.error && !r.timedOut) {
        const d = r.stdout !== expOut ? firstDiff(expOut, r.stdout) : r.stderr !== expErr ? firstDiff(expErr, r.stderr) : null;
        const which = r.stdout !== expOut ? "stdout" : "stderr";
        if (d) line += ` (${which} line ${d.line}: expected ${d.expected}, got ${d.actual})`;
      }
      console.log(line);
      if (opts.diff && !r.error && !r.timedOut) {
        for (const [name, exp, act] of [["stdout", expOut, r.stdout], ["stderr", expErr, r.stderr]]) {
          if (exp === act) continue;
          const e = exp.split("\n");
          const a = act.split("\n");
          const d = firstDiff(exp, act);
          const from = Math.max(0, d.line - 3);
          console.log(`  --- expected ${name} (from line ${from + 1})`);
          for (const l of e.slice(from, from + 8)) console.log(`  | ${l}`);
          console.log(`  +++ actual ${name}`);
          for (const l of a.slice(from, from + 8)) console.log(`  | ${l}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, programs.length || 1) }, worker));
  console.log(`programs: ${passed} passed, ${failed} failed`);
  if (opts.writeGate) writeFileSync(opts.writeGate, passedList.sort().join("\n") + "\n");
  if (opts.gate) {
    const known = readFileSync(opts.gate, "utf8").split("\n").filter(Boolean);
    // A known-passing program that timed out runs once more, alone and with twice the time: a
    // loaded machine can slow one down (the conformance gate does the same); a wrong output
    // is never run again.
    opts.timeout *= 2;
    for (const path of timedOutList) {
      const rel = relative(here, path).split(sep).join("/");
      if (!known.includes(rel)) continue;
      const ok = problemsOf(path.slice(0, -3), await runOne(path)).length === 0;
      console.log(`${rel}: timed out; run again alone with ${opts.timeout}s: ${ok ? "passed" : "failed"}`);
      if (ok) failedList.splice(failedList.indexOf(rel), 1);
    }
    const regressed = known.filter((k) => failedList.includes(k));
    const missing = known.filter((k) => !passedList.includes(k) && !failedList.includes(k) && !opts.only.length);
    for (const r of regressed) console.log(`REGRESSION ${r} (listed in ${opts.gate})`);
    for (const m of missing) console.log(`MISSING ${m} (listed in ${opts.gate}, not found)`);
    console.log(`gate: ${known.length - regressed.length} of ${known.length} known-passing programs pass`);
    process.exit(regressed.length || missing.length ? 1 : 0);
  }
  process.exit(failed ? 1 : 0);
}

main();
