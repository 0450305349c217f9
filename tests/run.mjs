// The test command (npm test): unit tests with node's test runner, then the Python test
// programs. The stdlib parser-parity check is separate (npm run test:stdlib) and run by CI.
import { spawnSync } from "child_process";
import { readdirSync, existsSync } from "fs";
import { join } from "path";

const dir = join("build", "tests");
const files = [];
function walk(d) {
  for (const name of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, name.name);
    if (name.isDirectory()) walk(p);
    else if (name.name.endsWith(".test.js")) files.push(p);
  }
}
if (existsSync(dir)) walk(dir);
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...files], { stdio: "inherit" });
process.exit(r.status ?? 1);
