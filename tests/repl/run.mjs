// Runs the interactive-prompt cases of tests/repl/cases (recorded from CPython 3.11 by
// record.py): `bin/typhon ARGS < NAME.in` with stdin a pipe (prompts on stderr), comparing stdout,
// stderr and the exit status. Usage: node tests/repl/run.mjs [--diff] [--pty] [NAME...]
// --pty also runs pty_test.py (a real terminal: line editing, Ctrl-C, Ctrl-D; needs python3).
import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from "fs";
import { join, resolve, dirname } from "path";
import { tmpdir } from "os";
import { fileURLToPath } from "url";

const here = dirname(fileURLToPath(import.meta.url));
const cases = join(here, "cases");
const typhon = resolve(here, "..", "..", "bin", "typhon");
const args = process.argv.slice(2);
const showDiff = args.includes("--diff");
const withPty = args.includes("--pty");
const only = args.filter((a) => !a.startsWith("--"));

const normalize = (text) =>
  text.split(cases).join("<DIR>").replace(/^Python 3\.11\.\d+ .* on \w+\n/m, "<BANNER>\n");

export function runCase(name) {
  const argsFile = join(cases, name + ".args");
  const argv = existsSync(argsFile) ? JSON.parse(readFileSync(argsFile, "utf-8")) : ["-i"];
  const r = spawnSync(process.execPath, [typhon, ...argv.map((a) => a.split("<DIR>").join(cases))], {
    input: readFileSync(join(cases, name + ".in")), cwd: cases, encoding: "utf-8", timeout: 60000,
  });
  const problems = [];
  const check = (what, got, file) => {
    const want = readFileSync(join(cases, name + file), "utf-8");
    if (got !== want) problems.push({ what, got, want });
  };
  check("stdout", normalize(r.stdout ?? ""), ".out");
  check("stderr", normalize(r.stderr ?? ""), ".err");
  check("exit status", `${r.status}\n`, ".exit");
  return problems;
}

function diff(want, got) {
  const dir = mkdtempSync(join(tmpdir(), "repl-"));
  writeFileSync(join(dir, "want"), want);
  writeFileSync(join(dir, "got"), got);
  return spawnSync("diff", ["-u", join(dir, "want"), join(dir, "got")], { encoding: "utf-8" }).stdout;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = readdirSync(cases).filter((f) => f.endsWith(".in")).map((f) => f.slice(0, -3)).sort()
    .filter((n) => only.length === 0 || only.includes(n));
  let failed = 0;
  for (const name of names) {
    const problems = runCase(name);
    if (problems.length === 0) continue;
    failed++;
    console.log(`FAIL ${name}: ${problems.map((p) => p.what).join(", ")}`);
    if (showDiff) for (const p of problems) console.log(diff(p.want, p.got));
  }
  console.log(`${names.length - failed} of ${names.length} interactive cases pass`);
  let status = failed ? 1 : 0;
  if (withPty) {
    const r = spawnSync("python3", [join(here, "pty_test.py"), typhon], { stdio: "inherit" });
    status = status || (r.status ?? 1);
  }
  process.exit(status);
}
