#!/usr/bin/env node
// Typhon benchmark runner: runs every program in bench/benchmarks.json on Typhon (JIT on and
// off), CPython 3.11 and PyPy, interleaved in one session, and writes a JSON file of all
// samples, a Markdown report and SVG charts. See bench/README.md for the options and output.
//
// Plain Node 20 ESM with no dependencies, so it runs before (and independently of) the build.
// Benchmarks are not tests: nothing here asserts a time; a wrong checksum is a failure.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { renderMarkdown } from "./report.mjs";
import { speedupChart, warmupChart } from "./charts.mjs";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH_DIR);
const SYSTEM_IDS = ["typhon", "typhon-nojit", "typhon-interp", "cpython", "pypy"];

const USAGE = `usage: node bench/run.mjs [options]
  --quick             tiny sizes, 1 run each (smoke run); output goes to bench/results/tmp/quick
  --runs N            timed runs per benchmark and system (default 5; --quick: 1)
  --only a,b          only these benchmarks (names from bench/benchmarks.json)
  --group core|stdlib only this group
  --systems a,b       subset of ${SYSTEM_IDS.join(",")} (default: all)
  --out DIR           write latest.json, latest.md and the charts into DIR
                      (default: bench/results/ for JSON/Markdown, docs/bench/ for charts)
  --timeout S         seconds before one run is killed (default 300)
  --startup-runs N    runs of "-c pass" per system (default 10; --quick: 3)
  --no-warmup         skip the warm-up curve
  --no-sections       skip extra sections (bench/sections/*.mjs, e.g. parse speed)
  --cpython PATH      CPython to compare against (default: /usr/bin/python3.11 if present)
  --pypy PATH         PyPy to use (default: pypy3 on PATH)
  --typhon PATH       Typhon launcher (default: bin/typhon, run with node)`;

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const opts = {
    quick: false, runs: null, only: null, group: null, systems: SYSTEM_IDS, out: null,
    timeout: 300, startupRuns: null, warmup: true, sections: true,
    cpython: null, pypy: null, typhon: path.join(REPO, "bin", "typhon"),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case "--quick": opts.quick = true; break;
      case "--runs": opts.runs = positiveInt(arg, value()); break;
      case "--only": opts.only = value().split(",").filter(Boolean); break;
      case "--group": opts.group = value(); break;
      case "--systems": opts.systems = value().split(",").filter(Boolean); break;
      case "--out": opts.out = path.resolve(value()); break;
      case "--timeout": opts.timeout = positiveInt(arg, value()); break;
      case "--startup-runs": opts.startupRuns = positiveInt(arg, value()); break;
      case "--no-warmup": opts.warmup = false; break;
      case "--no-sections": opts.sections = false; break;
      case "--cpython": opts.cpython = value(); break;
      case "--pypy": opts.pypy = value(); break;
      case "--typhon": opts.typhon = path.resolve(value()); break;
      case "-h": case "--help": console.log(USAGE); process.exit(0); break;
      default: fail(`unknown option ${arg}\n${USAGE}`);
    }
  }
  for (const id of opts.systems) if (!SYSTEM_IDS.includes(id)) fail(`unknown system ${id}`);
  opts.runs ??= opts.quick ? 1 : 5;
  opts.startupRuns ??= opts.quick ? 3 : 10;
  if (opts.quick && !opts.out) opts.out = path.join(BENCH_DIR, "results", "tmp", "quick");
  return opts;
}

function positiveInt(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${name} wants a positive integer, got ${text}`);
  return n;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Systems under test

function which(command) {
  if (command.includes("/")) return fs.existsSync(command) ? command : null;
  for (const dir of (process.env.PATH || "").split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch { /* not in this directory */ }
  }
  return null;
}

// Debian's /usr/bin/python3.11 is built with PGO+LTO and runs these programs ~20% faster than
// a pyenv build; the comparison is meant to be against the fastest CPython at hand.
function findCpython(explicit) {
  if (explicit) return which(explicit);
  return which("/usr/bin/python3.11") || which("python3.11") || which("python3");
}

// Each system is a command prefix; a benchmark run appends FILE SIZE [ITERATIONS].
function detectSystems(opts) {
  const typhon = fs.existsSync(opts.typhon) ? [process.execPath, opts.typhon] : null;
  const typhonMissing = `${displayPath(opts.typhon)} not found`;
  const cpython = findCpython(opts.cpython);
  const pypy = which(opts.pypy || "pypy3");
  const candidates = [
    { id: "typhon", label: "Typhon", command: typhon, missing: typhonMissing },
    { id: "typhon-nojit", label: "Typhon (no JIT)", command: typhon && [...typhon, "--jit", "off"],
      missing: typhonMissing },
    // The interpreter alone: neither the tracing JIT nor the baseline compiler.
    { id: "typhon-interp", label: "Typhon (interpreter)",
      command: typhon && [...typhon, "--jit", "off", "--baseline", "off"], missing: typhonMissing },
    { id: "cpython", label: "CPython", command: cpython && [cpython], missing: "no CPython found" },
    { id: "pypy", label: "PyPy", command: pypy && [pypy], missing: `${opts.pypy || "pypy3"} not found` },
  ];
  return candidates.map(({ id, label, command, missing }) => ({
    id, label, command, available: Boolean(command), reason: command ? null : missing,
    version: command ? describeVersion(command) : null, selected: opts.systems.includes(id),
  }));
}

function displayPath(file) {
  const relative = path.relative(REPO, file);
  return relative.startsWith("..") ? file : relative;
}

// sys.version when the system can run code; `--version` otherwise (a Typhon that parses but
// cannot run yet still says what it is).
function describeVersion(command) {
  const where = command.map(displayPath).join(" ");
  for (const args of [["-c", "import sys; print(sys.version.replace(chr(10), ' '))"], ["--version"]]) {
    const result = spawnSync(command[0], [...command.slice(1), ...args], { encoding: "utf8", timeout: 30000 });
    const text = `${result.stdout || ""}`.trim() || `${result.stderr || ""}`.trim();
    const label = args[0] === "--version" ? "--version: " : "";
    if (result.status === 0 && text) return `${label}${text.split("\n")[0]} [${where}]`;
  }
  return `unknown (version probe failed) [${where}]`;
}

// ---------------------------------------------------------------------------------------------
// Running one process

const TIME_BIN = which("/usr/bin/time");   // GNU time: peak RSS and CPU time of the child
const TIMEOUT_BIN = which("timeout");      // coreutils: kills the whole child process group
let scratchDir = null;

// Runs argv once and returns a sample: wall time (s), peak RSS (KiB, or null when GNU time is
// missing), CPU time, exit status, stdout and the tail of stderr.
function runProcess(argv, { timeout = 300, env } = {}) {
  scratchDir ??= fs.mkdtempSync(path.join(os.tmpdir(), "typhon-bench-"));
  const statsFile = path.join(scratchDir, "time.txt");
  let command = argv;
  // `timeout` sits inside `time` so that a hung program is killed with all its children, and
  // `time` still reports on it; spawnSync's own timeout is only a backstop.
  if (TIMEOUT_BIN) command = [TIMEOUT_BIN, "--kill-after=5", String(timeout), ...command];
  if (TIME_BIN) command = [TIME_BIN, "-f", "%M %U %S", "-o", statsFile, ...command];
  fs.rmSync(statsFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), {
    encoding: "utf8", cwd: BENCH_DIR, env: { ...process.env, ...env },
    timeout: (timeout + 30) * 1000, maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const sample = { wall, rss: null, cpu: null, exit: result.status, stdout: result.stdout || "",
    stderr: tail(result.stderr || "", 2000) };
  if (result.error) sample.error = result.error.code || String(result.error);
  if (TIMEOUT_BIN && result.status === 124) sample.error = "timeout";
  readTimeStats(statsFile, sample);
  return sample;
}

function readTimeStats(file, sample) {
  let text = "";
  try { text = fs.readFileSync(file, "utf8"); } catch { return; }
  // GNU time writes "Command exited with non-zero status N" before the format line.
  const last = text.trim().split("\n").pop().split(" ").map(Number);
  if (last.length === 3 && last.every(Number.isFinite)) {
    sample.rss = last[0];
    sample.cpu = last[1] + last[2];
  }
}

function tail(text, limit) {
  return text.length > limit ? "…" + text.slice(-limit) : text;
}

// Classifies a finished benchmark run against the expected checksum line.
function classify(sample, expected) {
  const lines = sample.stdout.trim().split("\n").filter((l) => l.trim() !== "");
  sample.checksum = lines.length === 1 ? lines[0].trim() : null;
  if (sample.error === "timeout") return "timeout";
  if (sample.error || sample.exit !== 0) return "error";
  if (sample.checksum === null) return "bad-output";
  if (expected !== null && sample.checksum !== expected) return "wrong";
  return "ok";
}

// ---------------------------------------------------------------------------------------------
// Measurement phases

function loadManifest() {
  return JSON.parse(fs.readFileSync(path.join(BENCH_DIR, "benchmarks.json"), "utf8"));
}

function selectBenchmarks(manifest, opts) {
  let list = manifest.benchmarks;
  if (opts.only) {
    const unknown = opts.only.filter((n) => !list.some((b) => b.name === n));
    if (unknown.length) fail(`unknown benchmark(s): ${unknown.join(", ")}`);
    list = list.filter((b) => opts.only.includes(b.name));
  }
  if (opts.group) list = list.filter((b) => b.group === opts.group);
  return list;
}

// Round r starts with system r (mod n) so that no system always runs right after another.
// Round 0 starts with CPython because its first output is the reference checksum.
function roundOrder(systems, round) {
  const ids = systems.map((s) => s.id);
  const start = round === 0 ? Math.max(0, ids.indexOf("cpython")) : round % systems.length;
  return systems.slice(start).concat(systems.slice(0, start));
}

function benchmarkArgs(system, bench, size, extra = []) {
  return [...system.command, path.join(BENCH_DIR, bench.file), String(size), ...extra];
}

function measureBenchmark(bench, systems, cpython, opts) {
  const size = opts.quick ? bench.quick : bench.size;
  const entry = { name: bench.name, group: bench.group, tags: bench.tags, size, expected: null, systems: {} };
  const timed = systems.filter((s) => s.selected);
  // The expected checksum is CPython's output in this session. When CPython is not one of the
  // timed systems it still runs once, untimed, to provide it.
  if (cpython.available && !cpython.selected) {
    const ref = runProcess(benchmarkArgs(cpython, bench, size), opts);
    if (classify(ref, null) === "ok") entry.expected = ref.checksum;
  }
  for (const s of timed) {
    entry.systems[s.id] = { status: s.available ? "ok" : "unavailable", reason: s.reason, samples: [] };
  }
  for (let round = 0; round < opts.runs; round++) {
    for (const s of roundOrder(timed, round)) {
      const result = entry.systems[s.id];
      if (result.status !== "ok") continue;  // unavailable, or already failed: don't retry
      const sample = runProcess(benchmarkArgs(s, bench, size), opts);
      if (s.id === "cpython" && entry.expected === null && classify(sample, null) === "ok") {
        entry.expected = sample.checksum;
      }
      sample.status = classify(sample, entry.expected);
      result.samples.push(sample);
      if (sample.status !== "ok") {
        result.status = sample.status;
        result.reason = failureReason(sample, entry.expected);
      }
      progress(`  ${bench.name.padEnd(16)} ${s.id.padEnd(13)} run ${round + 1}: ${describeSample(sample)}`);
    }
  }
  if (entry.expected === null) {
    // Without a CPython reference no answer can be called right.
    for (const result of Object.values(entry.systems)) {
      if (result.status === "ok") { result.status = "unchecked"; result.reason = "no CPython reference"; }
    }
  }
  summarize(entry);
  return entry;
}

function failureReason(sample, expected) {
  switch (sample.status) {
    case "timeout": return "timed out";
    case "error": return sample.error ? `failed to run (${sample.error})` : `exit status ${sample.exit}`;
    case "bad-output": return "did not print exactly one checksum line";
    case "wrong": return `wrong checksum: got "${sample.checksum}", expected "${expected}"`;
    default: return sample.status;
  }
}

function describeSample(sample) {
  const rss = sample.rss ? ` ${(sample.rss / 1024).toFixed(0)} MB` : "";
  return sample.status === "ok" ? `${sample.wall.toFixed(3)} s${rss}` : `${sample.status.toUpperCase()}`;
}

function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Adds median time, peak RSS and speedup over CPython to each system's result.
function summarize(entry) {
  for (const result of Object.values(entry.systems)) {
    const good = result.samples.filter((s) => s.status === "ok");
    result.median = result.status === "ok" ? median(good.map((s) => s.wall)) : null;
    // Memory of a failed run says nothing about the benchmark, so only good runs count.
    const rss = good.map((s) => s.rss).filter((v) => v !== null);
    result.peakRss = rss.length ? Math.max(...rss) : null;
  }
  const base = entry.systems.cpython?.median ?? null;
  for (const result of Object.values(entry.systems)) {
    result.speedup = base !== null && result.median ? base / result.median : null;
  }
}

// Start-up: `-c pass` several times per system, interleaved; RSS from one extra run under
// GNU time (the wrapper would add its own start-up to the timed runs).
function measureStartup(systems, opts) {
  const out = {};
  const timed = systems.filter((s) => s.selected);
  for (const s of timed) out[s.id] = { status: s.available ? "ok" : "unavailable", reason: s.reason, samples: [] };
  for (let round = 0; round < opts.startupRuns; round++) {
    for (const s of roundOrder(timed, round)) {
      if (out[s.id].status !== "ok") continue;
      const started = process.hrtime.bigint();
      const r = spawnSync(s.command[0], [...s.command.slice(1), "-c", "pass"], { timeout: 60000 });
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      if (r.status !== 0) {
        out[s.id].status = "error";
        out[s.id].reason = r.error ? `failed to run (${r.error.code})` : `exit status ${r.status}`;
        out[s.id].stderr = tail(String(r.stderr || ""), 2000);
      } else {
        out[s.id].samples.push(wall);
      }
    }
  }
  for (const s of timed) {
    const result = out[s.id];
    result.median = result.status === "ok" ? median(result.samples) : null;
    if (result.status === "ok" && TIME_BIN) result.rss = runProcess([...s.command, "-c", "pass"], opts).rss;
    progress(`  startup ${s.id.padEnd(13)} ${result.median !== null ? (result.median * 1000).toFixed(1) + " ms" : result.status}`);
  }
  return out;
}

// Warm-up: the program runs its workload N times in one process and reports each iteration's
// time on stderr ("iteration <i> <seconds>"), so the JIT's warm-up shows as a curve.
function measureWarmup(spec, systems, expectedFor, opts) {
  const bench = loadManifest().benchmarks.find((b) => b.name === spec.name);
  const size = opts.quick ? spec.quickSize : spec.size;
  const iterations = opts.quick ? spec.quickIterations : spec.iterations;
  const out = { name: spec.name, size, iterations, systems: {} };
  let expected = expectedFor(bench, size);
  const cpython = systems.find((s) => s.id === "cpython");
  if (expected === null && cpython.available && !cpython.selected) {
    const ref = runProcess(benchmarkArgs(cpython, bench, size), opts);
    if (classify(ref, null) === "ok") expected = ref.checksum;
  }
  for (const s of roundOrder(systems.filter((x) => x.selected), 0)) {
    if (!s.available) { out.systems[s.id] = { status: "unavailable", reason: s.reason, times: [] }; continue; }
    const sample = runProcess(benchmarkArgs(s, bench, size, [String(iterations)]), opts);
    if (s.id === "cpython" && expected === null && classify(sample, null) === "ok") expected = sample.checksum;
    const status = classify(sample, expected);
    const times = [...sample.stderr.matchAll(/^iteration (\d+) ([\d.eE+-]+)$/gm)].map((m) => Number(m[2]));
    const result = { status, times, wall: sample.wall, rss: sample.rss };
    if (status !== "ok") Object.assign(result, { reason: failureReason({ ...sample, status }, expected), stderr: sample.stderr });
    else if (times.length !== iterations) Object.assign(result, { status: "bad-output", reason: "missing iteration times" });
    out.systems[s.id] = result;
    progress(`  warmup ${spec.name} ${s.id.padEnd(13)} ${result.status === "ok" ? times.length + " iterations" : result.status}`);
  }
  out.expected = expected;
  return out;
}

// Extra sections (the parse-speed benchmark plugs in here): every bench/sections/*.mjs exports
// `run(ctx)` returning { title, markdown, data }. A section that throws is reported, not fatal.
async function runSections(ctx) {
  const dir = path.join(BENCH_DIR, "sections");
  if (!fs.existsSync(dir)) return [];
  const sections = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".mjs")).sort()) {
    const name = file.replace(/\.mjs$/, "");
    progress(`section ${name}`);
    try {
      const mod = await import(pathToFileURL(path.join(dir, file)).href);
      sections.push({ name, ...(await mod.run(ctx)) });
    } catch (error) {
      sections.push({ name, title: name, markdown: `Section failed: ${String(error?.stack || error)}`, data: null });
    }
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------
// Output

function machineInfo() {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO, encoding: "utf8" });
  return {
    date: new Date().toISOString(), host: os.hostname(), cpu: os.cpus()[0]?.model ?? "unknown",
    cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.type()} ${os.release()}`,
    node: process.version, commit: git.status === 0 ? git.stdout.trim() : null, loadavgAtStart: os.loadavg(),
    rssSource: TIME_BIN ? "GNU time (%M)" : null,
  };
}

function writeOutputs(report, opts) {
  const resultsDir = opts.out || path.join(BENCH_DIR, "results");
  const chartsDir = opts.out || path.join(REPO, "docs", "bench");
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.mkdirSync(chartsDir, { recursive: true });
  const files = {
    json: path.join(resultsDir, "latest.json"), markdown: path.join(resultsDir, "latest.md"),
    speedup: path.join(chartsDir, "speedup.svg"), warmup: path.join(chartsDir, "warmup.svg"),
  };
  fs.writeFileSync(files.json, JSON.stringify(report, null, 1) + "\n");
  fs.writeFileSync(files.speedup, speedupChart(report));
  if (report.warmup.length) fs.writeFileSync(files.warmup, warmupChart(report.warmup[0], report.systems));
  const charts = {
    speedup: path.relative(resultsDir, files.speedup),
    warmup: report.warmup.length ? path.relative(resultsDir, files.warmup) : null,
  };
  fs.writeFileSync(files.markdown, renderMarkdown(report, charts));
  return files;
}

function progress(line) {
  process.stderr.write(line + "\n");
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const manifest = loadManifest();
  const benchmarks = selectBenchmarks(manifest, opts);
  const systems = detectSystems(opts);
  const cpython = systems.find((s) => s.id === "cpython");
  for (const s of systems.filter((x) => x.selected)) {
    progress(`${s.label.padEnd(16)} ${s.available ? s.version : "unavailable: " + s.reason}`);
  }
  if (!TIME_BIN) progress("note: /usr/bin/time not found (apt-get install time); peak RSS will be n/a");
  const started = Date.now();
  const startInfo = machineInfo();
  progress("start-up (-c pass)");
  const startup = measureStartup(systems, opts);
  const results = [];
  for (const bench of benchmarks) results.push(measureBenchmark(bench, systems, cpython, opts));
  const expectedFor = (bench, size) => results.find((r) => r.name === bench.name && r.size === size)?.expected ?? null;
  const warmupSpecs = (manifest.warmup || []).filter((spec) => !opts.only || opts.only.includes(spec.name));
  const warmup = opts.warmup ? warmupSpecs.map((spec) => measureWarmup(spec, systems, expectedFor, opts)) : [];
  const publicSystems = systems.map(({ id, label, available, reason, version, selected, command }) =>
    ({ id, label, available, reason, version, selected, command }));
  const sections = opts.sections ? await runSections({ opts, systems: publicSystems, runProcess, repo: REPO }) : [];
  const machine = { ...startInfo, loadavgAtEnd: os.loadavg() };
  const report = {
    schema: 1, machine, elapsedSeconds: (Date.now() - started) / 1000,
    options: { quick: opts.quick, runs: opts.runs, timeout: opts.timeout, startupRuns: opts.startupRuns },
    systems: publicSystems, startup, benchmarks: results, warmup, sections,
  };
  const files = writeOutputs(report, opts);
  if (scratchDir) fs.rmSync(scratchDir, { recursive: true, force: true });
  progress(`wrote ${Object.values(files).map((f) => path.relative(process.cwd(), f)).join(", ")}`);
}

main();
