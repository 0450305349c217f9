// The .py files of a standard-library tree, as the stdlib-wide tests and benchmarks walk them:
// sorted, skipping site-packages, dist-packages and __pycache__.
import { readdirSync, statSync } from "fs";
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
