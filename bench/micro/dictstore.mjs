// Micro-benchmark: DictStore (src/objects/dictstore.ts) against a JS Map, for the hot cases:
// str keys (globals, attributes, kwargs), small int keys, and general-mode keys (tuples-like
// objects with the test hooks would need the object model, so general mode is measured with
// int keys forced out of the Map mode by one float-like key).
//
//   node bench/micro/dictstore.mjs
//
// Bundles the TypeScript source with esbuild into build/bench/ first.
import * as esbuild from "esbuild";
import { mkdirSync } from "fs";
import { pathToFileURL } from "url";
import { resolve } from "path";

mkdirSync("build/bench", { recursive: true });
const out = resolve("build/bench/dictstore.mjs");
await esbuild.build({
  stdin: {
    contents: 'export { DictStore } from "./src/objects/dictstore"; export { SetStore } from "./src/objects/setstore";',
    resolveDir: ".",
    loader: "ts",
  },
  bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "warning",
});
const { DictStore, SetStore } = await import(pathToFileURL(out).href);

function time(name, f) {
  f(); // warm-up
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    f();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return runs[2];
}

const N = 1000;
const ROUNDS = 2000;
const strKeys = Array.from({ length: N }, (_, i) => "name_" + i);
const intKeys = Array.from({ length: N }, (_, i) => i * 7);

function report(label, a, aName, b, bName, ops) {
  console.log(
    `${label.padEnd(40)} ${aName} ${((a * 1e6) / ops).toFixed(1).padStart(5)} ns/op   ${bName} ${((b * 1e6) / ops).toFixed(1).padStart(5)} ns/op   ratio ${(a / b).toFixed(2)}`,
  );
}

let sink = 0;

/** set every key, then get every key 10 times; `force` puts a bigint key first (general mode). */
function benchDict(label, keys, force) {
  const tStore = time("store", () => {
    for (let r = 0; r < ROUNDS / 10; r++) {
      const d = new DictStore();
      if (force) d.set(2n ** 64n, 0);
      for (let i = 0; i < keys.length; i++) d.set(keys[i], i);
      for (let j = 0; j < 10; j++) for (let i = 0; i < keys.length; i++) sink += d.get(keys[i]);
    }
  });
  const tMap = time("map", () => {
    for (let r = 0; r < ROUNDS / 10; r++) {
      const m = new Map();
      if (force) m.set(2n ** 64n, 0);
      for (let i = 0; i < keys.length; i++) m.set(keys[i], i);
      for (let j = 0; j < 10; j++) for (let i = 0; i < keys.length; i++) sink += m.get(keys[i]);
    }
  });
  report(label, tStore, "DictStore", tMap, "Map", (ROUNDS / 10) * keys.length * 11);
}

benchDict("str keys, set + 10x get", strKeys, false);
benchDict("int keys, set + 10x get", intKeys, false);
benchDict("int keys, general mode (a bigint key)", intKeys, true);
benchDict("str keys, general mode (a bigint key)", strKeys, true);

// Sets: add + contains against a JS Set.
{
  const tStore = time("set", () => {
    for (let r = 0; r < ROUNDS / 10; r++) {
      const s = new SetStore();
      for (let i = 0; i < N; i++) s.add(intKeys[i]);
      for (let j = 0; j < 10; j++) for (let i = 0; i < N; i++) sink += s.contains(intKeys[i]) ? 1 : 0;
    }
  });
  const tSet = time("jsset", () => {
    for (let r = 0; r < ROUNDS / 10; r++) {
      const s = new Set();
      for (let i = 0; i < N; i++) s.add(intKeys[i]);
      for (let j = 0; j < 10; j++) for (let i = 0; i < N; i++) sink += s.has(intKeys[i]) ? 1 : 0;
    }
  });
  report("set: int keys, add + 10x in", tStore, "SetStore ", tSet, "Set", (ROUNDS / 10) * N * 11);
}
if (sink === 42) console.log(sink);
