#!/usr/bin/env node
// Generates the Unicode 14.0.0 tables behind src/unicode/ (the Unicode version of CPython 3.11's
// unicodedata) from the npm package @unicode/unicode-14.0.0 and from NamedSequences-14.0.0.txt,
// which sits beside this script because the npm package does not carry named sequences.
//
//   node tools/unicode/generate.mjs [--force] [--out DIR]
//
// Writes DIR/names.js, DIR/properties.js and DIR/extra.js (DIR defaults to build/unicode/, which is git-ignored).
// They are CommonJS modules holding strings only; src/unicode/data.ts requires them lazily and the
// bundler inlines them. Without --force the script does nothing when both files are newer than
// their inputs, so the build can run it every time.
//
// names.js    { format, cjkRanges, nameRuns, blob, textLength }: blob is base64(deflateRaw(text))
//             where text (textLength bytes) is three sections separated by "\f":
//               1. "\nNAME1\nNAME2\n...\nNAMEn\n": every UnicodeData name that is not computed,
//                  in code point order; nameRuns gives their code points as pairs (gap since the
//                  end of the previous run, run length) of consecutive code points
//               2. "HEX\tALIAS\n" lines: NameAliases.txt, all five types (CPython accepts all)
//               3. "HEX HEX ...\tNAME\n" lines: NamedSequences.txt
//             cjkRanges lists [first, last] of the "CJK Ideograph" ranges of UnicodeData, whose
//             names CPython computes ("CJK UNIFIED IDEOGRAPH-XXXX").
// extra.js   { format, blob, textLength, compositionExclusions }: see buildExtra below.
// properties.js { format, categories, bidiClasses, records, runs }: records is base64 of 4 bytes
//             a record: category index, bidi class index (0 = "", which CPython reports for
//             unassigned code points), flags (FLAGS below), decimal value + 1 (0 = none); runs is
//             base64 of the record index of every code point from U+0000 to U+10FFFF, as a list
//             of (run length, record index) pairs of LEB128 varints.

import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";

// Bump when the layout above changes; src/unicode/data.ts refuses other formats.
const FORMAT = 1;

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const PKG_DIR = path.join(ROOT, "node_modules/@unicode/unicode-14.0.0");
const NAMED_SEQUENCES = path.join(HERE, "NamedSequences-14.0.0.txt");
const UCD_EXTRA = path.join(HERE, "UCDExtra-14.0.0.txt");
const UCD32_CHANGES = path.join(HERE, "UCD32Changes.txt");
const MAX_CP = 0x10ffff;

// Record flag bits; src/unicode/properties.ts has the same values.
const FLAGS = { MIRRORED: 1, XID_START: 2, XID_CONTINUE: 4 };

// The npm package spells values with long property-value aliases; CPython reports short ones.
const CATEGORY_SHORT = {
  Unassigned: "Cn", Uppercase_Letter: "Lu", Lowercase_Letter: "Ll", Titlecase_Letter: "Lt",
  Modifier_Letter: "Lm", Other_Letter: "Lo", Nonspacing_Mark: "Mn", Spacing_Mark: "Mc",
  Enclosing_Mark: "Me", Decimal_Number: "Nd", Letter_Number: "Nl", Other_Number: "No",
  Connector_Punctuation: "Pc", Dash_Punctuation: "Pd", Open_Punctuation: "Ps",
  Close_Punctuation: "Pe", Initial_Punctuation: "Pi", Final_Punctuation: "Pf",
  Other_Punctuation: "Po", Math_Symbol: "Sm", Currency_Symbol: "Sc", Modifier_Symbol: "Sk",
  Other_Symbol: "So", Space_Separator: "Zs", Line_Separator: "Zl", Paragraph_Separator: "Zp",
  Control: "Cc", Format: "Cf", Surrogate: "Cs", Private_Use: "Co",
};
const BIDI_SHORT = {
  Left_To_Right: "L", Right_To_Left: "R", Arabic_Letter: "AL", European_Number: "EN",
  European_Separator: "ES", European_Terminator: "ET", Arabic_Number: "AN",
  Common_Separator: "CS", Nonspacing_Mark: "NSM", Boundary_Neutral: "BN",
  Paragraph_Separator: "B", Segment_Separator: "S", White_Space: "WS", Other_Neutral: "ON",
  Left_To_Right_Embedding: "LRE", Left_To_Right_Override: "LRO",
  Right_To_Left_Embedding: "RLE", Right_To_Left_Override: "RLO",
  Pop_Directional_Format: "PDF", Left_To_Right_Isolate: "LRI", Right_To_Left_Isolate: "RLI",
  First_Strong_Isolate: "FSI", Pop_Directional_Isolate: "PDI",
};
const NAME_CHARS = /^[A-Z0-9][A-Z0-9 -]*$/;

function parseArgs(argv) {
  const args = { force: false, out: path.join(ROOT, "build/unicode") };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--force") args.force = true;
    else if (argv[i] === "--out") args.out = path.resolve(argv[++i]);
    else throw new Error(`generate.mjs: unknown argument ${argv[i]}`);
  }
  return args;
}

function upToDate(outputs, inputs) {
  const mtime = (f) => fs.statSync(f).mtimeMs;
  if (!outputs.every((f) => fs.existsSync(f))) return false;
  const newestInput = Math.max(...inputs.map(mtime));
  return outputs.every((f) => mtime(f) >= newestInput);
}

async function loadPackage(rel) {
  return (await import(pathToFileURL(path.join(PKG_DIR, rel)).href)).default;
}

const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, "0");

// ---- names ----------------------------------------------------------------------------------

// UnicodeData's names, with ranges expanded by the npm package to labels such as
// "CJK Ideograph Extension A" or "Hangul Syllable" (mixed case, so never a real name) and
// "<control>". CPython names only the explicit ones, plus Hangul and CJK unified ideographs
// algorithmically; Tangut ideographs stay unnamed in 3.11.
function splitNames(names) {
  const explicit = [];
  const cjk = [];
  for (const [cp, label] of [...names].sort((a, b) => a[0] - b[0])) {
    if (NAME_CHARS.test(label)) {
      explicit.push([cp, label]);
    } else if (label.startsWith("CJK Ideograph")) {
      const last = cjk[cjk.length - 1];
      if (last && last[1] === cp - 1) last[1] = cp;
      else cjk.push([cp, cp]);
    } else if (label === "<control>" || /^[A-Z][A-Za-z0-9 ]*[a-z][A-Za-z0-9 ]*$/.test(label)) {
      // "<control>" or another range label (Hangul, Tangut, surrogates, private use): these are
      // named algorithmically in names.ts (Hangul) or not at all.
    } else {
      throw new Error(`unexpected name ${JSON.stringify(label)} for U+${hex(cp)}`);
    }
  }
  return { explicit, cjk };
}

async function loadAliases() {
  const aliases = [];
  for (const type of ["Abbreviation", "Alternate", "Control", "Correction", "Figment"]) {
    const byCp = await loadPackage(`Names/${type}/index.mjs`);
    for (const [cp, list] of Object.entries(byCp)) {
      for (const alias of list) aliases.push([Number(cp), alias]);
    }
  }
  return aliases.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
}

function loadNamedSequences() {
  const sequences = [];
  for (const line of fs.readFileSync(NAMED_SEQUENCES, "utf8").split("\n")) {
    const text = line.replace(/#.*/, "").trim();
    if (text === "") continue;
    const [name, cps] = text.split(";").map((s) => s.trim());
    sequences.push([cps.split(/\s+/).map((h) => parseInt(h, 16)), name]);
  }
  if (sequences.length === 0) throw new Error("no named sequences read");
  return sequences;
}

function checkNames(entries, what) {
  const seen = new Set();
  for (const [, name] of entries) {
    if (!NAME_CHARS.test(name)) throw new Error(`${what}: bad name ${JSON.stringify(name)}`);
    if (seen.has(name)) throw new Error(`${what}: duplicate name ${name}`);
    seen.add(name);
  }
}

async function buildNames() {
  const { explicit, cjk } = splitNames(await loadPackage("Names/index.mjs"));
  const aliases = await loadAliases();
  const sequences = loadNamedSequences();
  checkNames([...explicit, ...aliases, ...sequences], "names");
  const keyed = (rows, key) => rows.map((row) => `${key(row[0])}\t${row[1]}\n`).join("");
  const text = [
    "\n" + explicit.map((row) => `${row[1]}\n`).join(""),
    keyed(aliases, hex),
    keyed(sequences, (cps) => cps.map(hex).join(" ")),
  ].join("\f");
  const blob = zlib.deflateRawSync(Buffer.from(text, "latin1"), { level: 9 }).toString("base64");
  const nameRuns = codePointRuns(explicit);
  const module = { format: FORMAT, cjkRanges: cjk, nameRuns, blob, textLength: text.length };
  const stats = { names: explicit.length, aliases: aliases.length, sequences: sequences.length };
  return { module, stats, textBytes: text.length };
}

// [gap, length, gap, length, ...] for the runs of consecutive code points in rows (sorted); a
// gap counts the code points between the previous run's end and this run's start.
function codePointRuns(rows) {
  const runs = [];
  let next = 0;
  for (const [cp] of rows) {
    if (runs.length > 0 && cp === next) runs[runs.length - 1]++;
    else runs.push(cp - next, 1);
    next = cp + 1;
  }
  return runs;
}

// ---- properties -----------------------------------------------------------------------------

async function codePointSet(property) {
  return new Set(await loadPackage(`Binary_Property/${property}/code-points.mjs`));
}

// Decimal values are not in the npm package; derive them from General_Category=Nd, which the
// Unicode stability policy ties to Numeric_Type=Decimal, encoded in contiguous runs 0..9.
function decimalValues(categoryOf) {
  const values = new Map();
  let runStart = -1;
  for (let cp = 0; cp <= MAX_CP; cp++) {
    if (categoryOf[cp] !== "Nd") { runStart = -1; continue; }
    if (runStart < 0) runStart = cp;
    values.set(cp, (cp - runStart) % 10);
  }
  return values;
}

// LEB128: 7 bits a byte, low group first, high bit set on all but the last byte.
function pushVarint(bytes, n) {
  while (n >= 0x80) {
    bytes.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  bytes.push(n);
}

// The record index of every code point as runs: varint length, varint record index.
function encodeRuns(recordOf) {
  const bytes = [];
  for (let start = 0; start < recordOf.length; ) {
    let end = start + 1;
    while (end < recordOf.length && recordOf[end] === recordOf[start]) end++;
    pushVarint(bytes, end - start);
    pushVarint(bytes, recordOf[start]);
    start = end;
  }
  return Buffer.from(bytes);
}

async function buildProperties() {
  const generalCategory = await loadPackage("General_Category/index.mjs");
  const bidiClass = await loadPackage("Bidi_Class/index.mjs");
  const mirrored = await codePointSet("Bidi_Mirrored");
  const xidStart = await codePointSet("XID_Start");
  const xidContinue = await codePointSet("XID_Continue");

  const categoryOf = new Array(MAX_CP + 1);
  for (let cp = 0; cp <= MAX_CP; cp++) {
    const long = generalCategory.get(cp);
    if (!(long in CATEGORY_SHORT)) throw new Error(`unknown category ${long} at U+${hex(cp)}`);
    categoryOf[cp] = CATEGORY_SHORT[long];
  }
  const decimals = decimalValues(categoryOf);

  const categories = ["Cn", ...Object.values(CATEGORY_SHORT).filter((c) => c !== "Cn")];
  const bidiClasses = ["", ...Object.values(BIDI_SHORT)];
  // Record 0 is the unassigned code point's, so that src/unicode/properties.ts can answer for
  // out-of-range input without a table.
  const records = [[0, 0, 0, 0]];
  const recordIndex = new Map([[records[0].join(","), 0]]);
  const recordOf = new Array(MAX_CP + 1);
  for (let cp = 0; cp <= MAX_CP; cp++) {
    // CPython's database gives unassigned code points the empty record: bidirectional ""
    // (DerivedBidiClass's defaults for them are not used) and no flags.
    const bidiLong = bidiClass.get(cp);
    if (bidiLong !== undefined && !(bidiLong in BIDI_SHORT)) throw new Error(`bidi ${bidiLong}`);
    const record = [
      categories.indexOf(categoryOf[cp]),
      bidiLong === undefined ? 0 : bidiClasses.indexOf(BIDI_SHORT[bidiLong]),
      (mirrored.has(cp) ? FLAGS.MIRRORED : 0) |
        (xidStart.has(cp) ? FLAGS.XID_START : 0) |
        (xidContinue.has(cp) ? FLAGS.XID_CONTINUE : 0),
      decimals.has(cp) ? decimals.get(cp) + 1 : 0,
    ];
    const key = record.join(",");
    let index = recordIndex.get(key);
    if (index === undefined) {
      index = records.length;
      recordIndex.set(key, index);
      records.push(record);
    }
    recordOf[cp] = index;
  }
  if (recordOf[0x378] !== 0) throw new Error("U+0378 is not unassigned");

  const runs = encodeRuns(recordOf);
  const module = {
    format: FORMAT,
    categories,
    bidiClasses,
    records: Buffer.from(records.flat()).toString("base64"),
    runs: runs.toString("base64"),
  };
  return { module, stats: { records: records.length, runBytes: runs.length } };
}

// ---- extra: decomposition, combining, digit, numeric, east asian width, ucd_3_2_0 ----------

// UCDExtra-14.0.0.txt and UCD32Changes.txt (recorded once from CPython 3.11 by
// make_ucd_extra.py, which documents their lines) without comments, joined by "\f", deflated
// like the names; and the Full_Composition_Exclusion code points of the npm package as
// (gap, length) runs.
async function buildExtra() {
  const strip = (file) =>
    fs.readFileSync(file, "utf8").split("\n").filter((l) => l !== "" && !l.startsWith("#")).join("\n") + "\n";
  const text = strip(UCD_EXTRA) + "\f" + strip(UCD32_CHANGES);
  const blob = zlib.deflateRawSync(Buffer.from(text, "latin1"), { level: 9 }).toString("base64");
  const exclusions = [...(await codePointSet("Full_Composition_Exclusion"))].sort((a, b) => a - b);
  const module = {
    format: FORMAT,
    blob,
    textLength: text.length,
    compositionExclusions: codePointRuns(exclusions.map((cp) => [cp])),
  };
  return { module, stats: { textBytes: text.length, exclusions: exclusions.length } };
}

// ---- output ---------------------------------------------------------------------------------

function writeModule(file, what, module) {
  const header =
    `// Generated by tools/unicode/generate.mjs from @unicode/unicode-14.0.0: ${what}.\n` +
    "// Do not edit; do not commit.\n";
  fs.writeFileSync(file, `${header}"use strict";\nmodule.exports = ${JSON.stringify(module)};\n`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const namesFile = path.join(args.out, "names.js");
  const propertiesFile = path.join(args.out, "properties.js");
  const extraFile = path.join(args.out, "extra.js");
  const inputs = [fileURLToPath(import.meta.url), NAMED_SEQUENCES, UCD_EXTRA, UCD32_CHANGES,
    path.join(PKG_DIR, "package.json")];
  if (!fs.existsSync(PKG_DIR)) {
    throw new Error("generate.mjs: npm package @unicode/unicode-14.0.0 is missing (npm install)");
  }
  if (!args.force && upToDate([namesFile, propertiesFile, extraFile], inputs)) return;

  const started = Date.now();
  const names = await buildNames();
  const properties = await buildProperties();
  const extra = await buildExtra();
  fs.mkdirSync(args.out, { recursive: true });
  writeModule(namesFile, "character names, aliases, named sequences", names.module);
  writeModule(propertiesFile, "general category, bidi class, mirrored, decimal, XID", properties.module);
  writeModule(extraFile, "decomposition, combining, digit, numeric, east asian width, 3.2.0", extra.module);
  const size = (f) => `${(fs.statSync(f).size / 1024).toFixed(1)} KiB`;
  console.log(
    `unicode: names.js ${size(namesFile)} (${JSON.stringify(names.stats)}, text ${names.textBytes} B), ` +
      `properties.js ${size(propertiesFile)} (${JSON.stringify(properties.stats)}), ` +
      `extra.js ${size(extraFile)} (${JSON.stringify(extra.stats)}) ` +
      `in ${Date.now() - started} ms`,
  );
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exit(1);
});
