// \N{...} names in string literals: Unicode 14.0 names and aliases (not named sequences).
export { lookupName as lookupUnicodeName } from "../unicode/names";
