// The .py files of a standard-library tree, as the stdlib-wide tests and benchmarks walk them:
// sorted, skipping site-packages, dist-packages and __pycache__.
import { createHash } from "crypto";
import { spawnSync } from "child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { createRequire } from "module";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The built library (dist/typhon-lib.js: parser, symtable, PyOpError). */
export function loadTyphonLib() {
  return createRequire(import.meta.url)(join(repo, "dist", "typhon-lib.js"));
}

/** The options the stdlib parity tests share: --root, --diff FILE, --limit N, --quiet. */
export function parityOptions(argv) {
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  return {
    root: opt("--root", process.env.TYPHON_STDLIB || "/usr/lib/python3.11"),
    diffFile: opt("--diff", null),
    limit: Number(opt("--limit", "0")),
    quiet: argv.includes("--quiet"),
    python: process.env.PYTHON || "python3",
  };
}

export function walkPy(dir, out = []) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      if (name === "site-packages" || name === "dist-packages" || name === "__pycache__") continue;
      walkPy(p, out);
    } else if (name.endsWith(".py")) out.push(p);
  }
  return out;
}

/**
 * Runs a python3 oracle script over `files` (one path per line on its stdin, one JSON object with
 * a `path` per line on its stdout), with the results cached in `cacheFile` per file (size, mtime)
 * and invalidated when the oracle script changes. Two workers, one per core.
 */
export function cachedOracle(python, oracleScript, cacheFile, files) {
  const version = createHash("sha1").update(readFileSync(oracleScript, "utf-8")).digest("hex");
  let cache = {};
  try {
    cache = JSON.parse(readFileSync(cacheFile, "utf-8"));
  } catch {}
  if (cache.__version !== version) cache = { __version: version };
  const key = (p) => {
    const st = statSync(p);
    return `${st.size}:${st.mtimeMs}`;
  };
  const missing = files.filter((p) => !cache[p] || cache[p].key !== key(p));
  if (missing.length) {
    const halves = [missing.filter((_, i) => i % 2 === 0), missing.filter((_, i) => i % 2 === 1)];
    for (const list of halves) {
      if (!list.length) continue;
      const r = spawnSync(python, [oracleScript], { input: list.join("\n") + "\n", maxBuffer: 1 << 28, encoding: "utf-8" });
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

/** --diff FILE: prints a unified diff of the oracle's text form against Typhon's (`ours.text`). */
export function showOracleDiff(python, oracleScript, file, ours, tag) {
  if (ours.parseError) {
    console.log("typhon: parse error:", ours.parseError);
    return;
  }
  const theirs = spawnSync(python, [oracleScript, "--text", file], { encoding: "utf-8", maxBuffer: 1 << 28 });
  writeFileSync(`/tmp/typhon.${tag}`, ours.text);
  writeFileSync(`/tmp/cpython.${tag}`, theirs.stdout);
  const d = spawnSync("diff", ["-u", `/tmp/cpython.${tag}`, `/tmp/typhon.${tag}`], { encoding: "utf-8" });
  console.log(d.stdout.split("\n").slice(0, 120).join("\n") || "same");
}
