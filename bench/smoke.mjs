#!/usr/bin/env node
// Smoke test of the benchmark runner: runs bench/run.mjs in --quick mode on CPython only for two
// programs into a temporary directory and checks that the JSON, the Markdown and the charts come
// out with the expected shape. It asserts nothing about times. Exits non-zero on failure.
// Also checks that every manifest entry points at a program whose built-in default size matches
// the manifest, so the two cannot drift apart.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const PROGRAMS = ["nbody", "std_json"];
const problems = [];

function check(condition, message) {
  if (!condition) problems.push(message);
}

function checkManifest() {
  const manifest = JSON.parse(fs.readFileSync(path.join(BENCH_DIR, "benchmarks.json"), "utf8"));
  const names = new Set();
  for (const b of manifest.benchmarks) {
    check(!names.has(b.name), `duplicate benchmark ${b.name}`);
    names.add(b.name);
    const file = path.join(BENCH_DIR, b.file);
    if (!fs.existsSync(file)) { problems.push(`${b.name}: missing ${b.file}`); continue; }
    const source = fs.readFileSync(file, "utf8");
    const match = source.match(/main\(bench, (\d+)\)/);
    check(match && Number(match[1]) === b.size, `${b.name}: default size in ${b.file} differs from the manifest`);
    check(["core", "stdlib"].includes(b.group), `${b.name}: group must be core or stdlib`);
    const imports = source.match(/^\s*(import [\w., ]+|from [\w.]+ import .+)$/gm) || [];
    const extra = imports.map((l) => l.trim()).filter((l) => l !== "import sys" && l !== "import time" && l !== "from _harness import main");
    check(b.group === "stdlib" || extra.length === 0,
      `${b.name}: a core benchmark may import only sys and the shared _harness (and time in warm-up mode)`);
  }
  for (const w of manifest.warmup || []) check(names.has(w.name), `warm-up entry ${w.name} is not a benchmark`);
}

function checkRun() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-bench-smoke-"));
  try {
    const run = spawnSync(process.execPath, [path.join(BENCH_DIR, "run.mjs"), "--quick", "--systems", "cpython",
      "--only", PROGRAMS.join(","), "--out", out, "--no-sections"], { encoding: "utf8", timeout: 300000 });
    check(run.status === 0, `run.mjs exited with ${run.status}: ${run.stderr}`);
    const jsonFile = path.join(out, "latest.json");
    const mdFile = path.join(out, "latest.md");
    check(fs.existsSync(jsonFile), "latest.json was not written");
    check(fs.existsSync(mdFile), "latest.md was not written");
    check(fs.existsSync(path.join(out, "speedup.svg")), "speedup.svg was not written");
    if (!fs.existsSync(jsonFile) || !fs.existsSync(mdFile)) return;
    const report = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
    check(report.benchmarks.length === PROGRAMS.length, "JSON does not hold both benchmarks");
    for (const b of report.benchmarks) {
      const cpython = b.systems.cpython;
      check(cpython && cpython.status === "ok", `${b.name}: CPython status is ${cpython?.status}`);
      check(cpython && cpython.samples.length === 1 && cpython.samples[0].wall > 0, `${b.name}: no CPython sample`);
      check(typeof b.expected === "string" && b.expected.startsWith(b.name), `${b.name}: no checksum recorded`);
    }
    check(report.startup.cpython?.status === "ok", "CPython start-up was not measured");
    const md = fs.readFileSync(mdFile, "utf8");
    for (const name of PROGRAMS) check(md.includes(`| ${name}`), `latest.md has no row for ${name}`);
    check(md.includes("geometric mean"), "latest.md has no geometric mean row");
    check(md.includes("## Start-up"), "latest.md has no start-up section");
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

checkManifest();
checkRun();
if (problems.length) {
  console.error("bench smoke test FAILED:\n  " + problems.join("\n  "));
  process.exit(1);
}
console.log("bench smoke test passed");
