// Builds dist/typhon.js (the CLI) and dist/typhon-lib.js (the library API used by tests and
// tools) with esbuild: one bundled file each, for fast start-up.
import * as esbuild from "esbuild";
import { readdirSync, statSync } from "fs";
import { join } from "path";
import { execFileSync } from "child_process";

// Generated Unicode 14.0 tables (build/unicode/), from the @unicode/unicode-14.0.0 package.
execFileSync(process.execPath, ["tools/unicode/generate.mjs"], { stdio: "inherit" });

const common = { bundle: true, platform: "node", target: "node20", sourcemap: false, logLevel: "warning" };

// The command's bundle without comments and indentation: 30% smaller, so reading it at start-up
// is faster, and pure ASCII, so bin/typhon can read it as latin1 (docs/startup.md).
await esbuild.build({ ...common, entryPoints: ["src/cli/entry.ts"], outfile: "dist/typhon.js", minifyWhitespace: true });
await esbuild.build({ ...common, entryPoints: ["src/index.ts"], outfile: "dist/typhon-lib.js", format: "cjs" });

// Unit tests: every tests/unit/**/*.test.ts and src/**/*.test.ts becomes build/tests/*.test.js.
function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, out);
    else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}
const tests = [...findTests("tests"), ...findTests("src")];
if (tests.length) {
  await esbuild.build({ ...common, entryPoints: tests, outdir: "build/tests", outbase: "." });
}
