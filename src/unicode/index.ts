// Typhon's Unicode database: the Unicode 14.0.0 data that CPython 3.11 uses, for the "\N{...}"
// escape, repr(str), str predicates, identifiers and (later) the unicodedata module.
// The tables are generated (tools/unicode/generate.mjs) and loaded on first use.

/** unicodedata.unidata_version */
export const UNIDATA_VERSION = "14.0.0";

export {
  combining,
  decomposition,
  digit,
  eastAsianWidth,
  normalize,
  numeric,
  oldRecord,
} from "./extra";
export type { NormalizationForm, OldRecord } from "./extra";
export { lookup, lookupName, lookupOld, nameOf, NAME_MAXLEN } from "./names";
export {
  bidirectional,
  category,
  decimal,
  isAlpha,
  isDecimal,
  isIdentifier,
  isPrintable,
  isSpace,
  isXidContinue,
  isXidStart,
  mirrored,
} from "./properties";
