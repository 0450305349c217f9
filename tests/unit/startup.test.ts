// Start-up (docs/startup.md): what `typhon -c pass` loads, and the identity entries of the
// compiled-code cache.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { tmpdir } from "os";

const typhon = resolve("bin", "typhon");

test("start-up loads none of Node's heavier built-in modules", () => {
  const dir = mkdtempSync(join(tmpdir(), "typhon-startup-"));
  const probe = join(dir, "probe.js");
  writeFileSync(probe, `process.on("exit", () => require("fs").writeSync(2, "\\nLOADED " + JSON.stringify(process.moduleLoadList)));\n`);
  const r = spawnSync(process.execPath, ["-r", probe, typhon, "-c", "print('ok')"], { encoding: "utf-8" });
  assert.equal(r.stdout, "ok\n");
  const loaded = JSON.parse(r.stderr.split("\nLOADED ").pop()!) as string[];
  for (const name of ["crypto", "tty", "worker_threads", "child_process", "zlib", "readline", "net"]) {
    assert.ok(!loaded.includes(`NativeModule ${name}`), `${name} is loaded at start-up`);
  }
});

test("importlib's bootstrap comes from identity entries of the code cache, checked when read", () => {
  const cache = mkdtempSync(join(tmpdir(), "typhon-cache-"));
  const env = { ...process.env, TYPHON_CACHE_DIR: cache };
  const run = () => spawnSync(process.execPath, [typhon, "-c", "import sys; print(sys.version_info[0], exit)"], { encoding: "utf-8", env });
  const expected = "3 Use exit() or Ctrl-D (i.e. EOF) to exit\n";
  assert.equal(run().stdout, expected);
  const entries = readdirSync(join(cache, "code")).filter((f) => f.startsWith("i")).map((f) => join(cache, "code", f));
  const identities = entries.map((path) => readFileSync(path, "utf-8").split("\0")[0]);
  assert.ok(identities.some((id) => /^file:.*importlib\/_bootstrap\.py:\d+:/.test(id)), identities.join(", "));
  assert.equal(run().stdout, expected);
  // An entry whose identity line is not the one asked for (a hash collision) is compiled again.
  for (const path of entries) {
    const text = readFileSync(path, "utf-8");
    writeFileSync(path, "file:/elsewhere:1:2" + text.slice(text.indexOf("\0")));
  }
  const r = run();
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, expected);
});
