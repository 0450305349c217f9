// The parser's acceptance test: every .py file of CPython 3.11's standard library (and its
// test suite) must give exactly what `python3 -m ast -a FILE` gives — the same dump, or the
// same SyntaxError type, message, line and offset.
//
//   node tests/parser/stdlib_parity.mjs [--root DIR] [--diff FILE] [--limit N] [--quiet]
//
// CPython (python3) is the oracle; its answers are cached in build/ast-oracle.json by file
// size and mtime. Typhon's side runs in-process on the built library (dist/typhon-lib.js).

import { createHash } from "crypto";
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import { createRequire } from "module";
import { dirname, join } from "path";
import { fileURLToPath } from "url";
import { loadTyphonLib, parityOptions, walkPy } from "../lib/stdlib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const require = createRequire(import.meta.url);
const { parser } = loadTyphonLib();

const { root, diffFile, limit, quiet, python } = parityOptions(process.argv.slice(2));


function typhonResult(path) {
  const bytes = readFileSync(path);
  try {
    const tree = parser.parseBytes(bytes, { filename: path, typeComments: true });
    const text = parser.dump(tree, { includeAttributes: true, indent: 3 }) + "\n";
    return { ok: true, text, sha1: createHash("sha1").update(Buffer.from(text, "utf-8")).digest("hex") };
  } catch (e) {
    if (e instanceof parser.PySyntaxError) {
      return { ok: false, type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset };
    }
    return { ok: false, type: "InternalError", msg: String(e && e.stack || e), lineno: null, offset: null };
  }
}

function oracle(files) {
  const cacheFile = join(repo, "build", "ast-oracle.json");
  let cache = {};
  try {
    cache = JSON.parse(readFileSync(cacheFile, "utf-8"));
  } catch {}
  const key = (p) => {
    const st = statSync(p);
    return `${st.size}:${st.mtimeMs}`;
  };
  const missing = files.filter((p) => !cache[p] || cache[p].key !== key(p));
  if (missing.length) {
    // Two CPython workers, one per core.
    const halves = [missing.filter((_, i) => i % 2 === 0), missing.filter((_, i) => i % 2 === 1)];
    const outs = halves.map((list) =>
      list.length ? spawnSync(python, [join(here, "ast_oracle.py")], { input: list.join("\n") + "\n", maxBuffer: 1 << 28, encoding: "utf-8" }) : null);
    for (const r of outs) {
      if (!r) continue;
      if (r.status !== 0) throw new Error(`oracle failed: ${r.stderr}`);
      for (const line of r.stdout.split("\n")) {
        if (!line) continue;
        const o = JSON.parse(line);
        cache[o.path] = { key: key(o.path), result: o };
      }
    }
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return Object.fromEntries(files.map((p) => [p, cache[p].result]));
}

if (diffFile) {
  const ours = typhonResult(diffFile);
  const theirs = spawnSync(python, ["-m", "ast", "-a", diffFile], { encoding: "utf-8", maxBuffer: 1 << 28 });
  if (!ours.ok) {
    console.log("typhon:", JSON.stringify(ours));
    console.log("cpython:", theirs.stderr.split("\n").slice(-4).join("\n"));
    process.exit(0);
  }
  writeFileSync("/tmp/typhon.ast", ours.text);
  writeFileSync("/tmp/cpython.ast", theirs.stdout);
  const d = spawnSync("diff", ["-u", "/tmp/cpython.ast", "/tmp/typhon.ast"], { encoding: "utf-8" });
  console.log(d.stdout.split("\n").slice(0, 80).join("\n"));
  process.exit(0);
}

if (!existsSync(root)) {
  console.error(`stdlib not found at ${root} (install libpython3.11-stdlib or set TYPHON_STDLIB)`);
  process.exit(1);
}
// Files whose difference is understood and accepted for now: path (relative to the root), a
// tab, the reason. A listed file that starts matching makes the test fail, so the list stays true.
const known = new Map();
for (const line of readFileSync(join(here, "known_differences.txt"), "utf-8").split("\n")) {
  if (!line.trim() || line.startsWith("#")) continue;
  const [rel, reason] = line.split("\t");
  known.set(join(root, rel), reason);
}
let files = walkPy(root, []);
if (limit) files = files.slice(0, limit);
const expected = oracle(files);
let match = 0;
const failures = [];
let knownDiffs = 0;
const t0 = process.hrtime.bigint();
for (const p of files) {
  const ours = typhonResult(p);
  const theirs = expected[p];
  let same;
  if (theirs.ok) same = ours.ok && ours.sha1 === theirs.sha1;
  else same = !ours.ok && ours.type === theirs.type && ours.msg === theirs.msg && ours.lineno === theirs.lineno && ours.offset === theirs.offset;
  if (known.has(p)) {
    if (same) failures.push({ path: p, ours: "matches now", theirs: "listed in known_differences.txt: remove it" });
    else knownDiffs++;
    continue;
  }
  if (same) match++;
  else failures.push({ path: p, ours: ours.ok ? "AST differs" : `${ours.type}: ${ours.msg} (${ours.lineno}, ${ours.offset})`, theirs: theirs.ok ? "ok" : `${theirs.type}: ${theirs.msg} (${theirs.lineno}, ${theirs.offset})` });
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
if (!quiet) {
  for (const f of failures.slice(0, 40)) console.log(`MISMATCH ${f.path}\n  typhon:  ${f.ours}\n  cpython: ${f.theirs}`);
  if (failures.length > 40) console.log(`... and ${failures.length - 40} more`);
}
console.log(`stdlib parser parity: ${match} of ${files.length} files match CPython, ${knownDiffs} known differences (tests/parser/known_differences.txt), ${failures.length} unexpected; ${secs.toFixed(1)} s for Typhon's parse+dump`);
// The plain closing line CI reads.
console.log(`parity: ${match} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
void execFileSync;
