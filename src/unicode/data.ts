// Lazy access to the generated Unicode 14.0.0 tables: build/unicode/names.js,
// build/unicode/properties.js and build/unicode/extra.js, written by tools/unicode/generate.mjs (which documents their
// layout). They are git-ignored; the build generates them before bundling.
//
// Why require() inside functions instead of import: start-up must not pay for tables that most
// programs never touch. esbuild compiles each required file into a function that runs the
// module once, on the first call, so the data strings are only materialized (and decoded by
// names.ts / properties.ts) when a name or property is first asked for. node:zlib is required
// lazily for the same reason: loading it costs a few milliseconds.

/** Must equal FORMAT in tools/unicode/generate.mjs. */
const DATA_FORMAT = 1;

export interface NamesData {
  readonly format: number;
  /** [first, last] of each UnicodeData "CJK Ideograph" range. */
  readonly cjkRanges: ReadonlyArray<readonly [number, number]>;
  /** (gap, length) pairs giving the code points of the names in `blob`'s first section. */
  readonly nameRuns: readonly number[];
  /** base64 of the raw-deflated text: names, aliases and named sequences, "\f"-separated. */
  readonly blob: string;
  /** Length of that text once inflated. */
  readonly textLength: number;
}

export interface PropertiesData {
  readonly format: number;
  readonly categories: readonly string[];
  readonly bidiClasses: readonly string[];
  /** base64, 4 bytes a record: category, bidi class, flags, decimal value + 1. */
  readonly records: string;
  /** base64 of LEB128 (run length, record index) pairs covering U+0000..U+10FFFF. */
  readonly runs: string;
}

export interface ExtraData {
  readonly format: number;
  /** base64 of raw-deflated text: UCDExtra-14.0.0.txt's lines, "\f", UCD32Changes.txt's lines. */
  readonly blob: string;
  readonly textLength: number;
  /** (gap, length) runs of the Full_Composition_Exclusion code points. */
  readonly compositionExclusions: readonly number[];
}

function checkFormat<T extends { readonly format: number }>(data: T, file: string): T {
  if (data.format !== DATA_FORMAT) {
    throw new Error(
      `build/unicode/${file} has format ${data.format}, expected ${DATA_FORMAT}: ` +
        "run node tools/unicode/generate.mjs",
    );
  }
  return data;
}

export function loadNamesData(): NamesData {
  return checkFormat(require("../../build/unicode/names.js") as NamesData, "names.js");
}

export function loadPropertiesData(): PropertiesData {
  return checkFormat(require("../../build/unicode/properties.js") as PropertiesData, "properties.js");
}

export function loadExtraData(): ExtraData {
  return checkFormat(require("../../build/unicode/extra.js") as ExtraData, "extra.js");
}

export function decodeBase64(base64: string): Uint8Array {
  return Buffer.from(base64, "base64");
}

/** Inflates base64 raw-deflate data holding `length` bytes of Latin-1 (in practice ASCII) text. */
export function inflateText(base64: string, length: number): string {
  const zlib = loadZlib();
  // One output chunk of the known size: the default 16 KiB chunks cost a concatenation.
  const bytes = zlib.inflateRawSync(Buffer.from(base64, "base64"), { chunkSize: Math.max(length, 64) });
  if (bytes.length !== length) throw new Error("unicode data is inconsistent");
  return bytes.toString("latin1");
}

type Zlib = typeof import("node:zlib");

// process.getBuiltinModule (Node 20.16+) works in CommonJS and ES module bundles alike; a bare
// require() would fail in an ES module bundle.
function loadZlib(): Zlib {
  if (typeof process.getBuiltinModule === "function") return process.getBuiltinModule("node:zlib") as Zlib;
  return require("node:zlib") as Zlib;
}
