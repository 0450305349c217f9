// Parse speed over CPython's whole standard library: Typhon's parser against CPython's own
// compile(source, path, 'exec', ast.PyCF_ONLY_AST), in the same run, alternating, best of N.
//
//   node bench/parse_stdlib.mjs [--runs N] [--root DIR]
//
// Both sides read every file's bytes first and time only parsing (AST construction included).
import { spawnSync } from "child_process";
import { readFileSync, existsSync } from "fs";
import { createRequire } from "module";
import { join, dirname } from "path";
import { fileURLToPath } from "url";
import { walkPy } from "../tests/lib/stdlib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { parser } = require(join(here, "..", "dist", "typhon-lib.js"));

const python = existsSync("/usr/bin/python3.11") ? "/usr/bin/python3.11" : "python3";

function typhonOnce(files, sources) {
  const t0 = process.hrtime.bigint();
  let ok = 0;
  for (let i = 0; i < files.length; i++) {
    try {
      parser.parseBytes(sources[i], { filename: files[i] });
      ok++;
    } catch {}
  }
  return { secs: Number(process.hrtime.bigint() - t0) / 1e9, ok };
}

const pyScript = `
import ast, sys, time
files = sys.stdin.read().split("\\n")
srcs = [open(f, "rb").read() for f in files]
t = time.perf_counter(); ok = 0
for f, s in zip(files, srcs):
    try:
        compile(s, f, "exec", ast.PyCF_ONLY_AST); ok += 1
    except Exception:
        pass
print(time.perf_counter() - t, ok)
`;
function cpythonOnce(files) {
  const r = spawnSync(python, ["-c", pyScript], { input: files.join("\n"), encoding: "utf-8", maxBuffer: 1 << 24 });
  const [secs, ok] = r.stdout.trim().split(" ").map(Number);
  return { secs, ok };
}

/** Times both parsers over `root`, alternating, `runs` times; returns the best times. */
export function measure({ runs = 3, root = "/usr/lib/python3.11" } = {}) {
  const files = walkPy(root, []);
  const sources = files.map((p) => readFileSync(p));
  const lines = sources.reduce((n, b) => n + b.toString("latin1").split("\n").length - 1, 0);
  const t = [];
  const c = [];
  for (let i = 0; i < runs; i++) {
    c.push(cpythonOnce(files));
    t.push(typhonOnce(files, sources));
  }
  const best = (xs) => Math.min(...xs.map((x) => x.secs));
  return { root, files: files.length, lines, runs, python, cpython: best(c), typhon: best(t), cpythonOk: c[0].ok, typhonOk: t[0].ok };
}

export function describe(m) {
  return [
    `Parsing ${m.files} files, ${m.lines} lines of ${m.root} (best of ${m.runs}):`,
    `  CPython ${m.python}: ${m.cpython.toFixed(2)} s (${m.cpythonOk} files parsed)`,
    `  Typhon:            ${m.typhon.toFixed(2)} s (${m.typhonOk} files parsed)`,
    `  Typhon is ${(m.cpython / m.typhon).toFixed(2)}x CPython's speed`,
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
  console.log(describe(measure({ runs: Number(opt("--runs", "3")), root: opt("--root", "/usr/lib/python3.11") })));
}
