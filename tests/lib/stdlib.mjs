// The .py files of a standard-library tree, as the stdlib-wide tests and benchmarks walk them:
// sorted, skipping site-packages, dist-packages and __pycache__.
import { readdirSync, statSync } from "fs";
import { join } from "path";

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
