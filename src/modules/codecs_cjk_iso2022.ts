// The stateful CJK codecs: hz and the ISO-2022 family.
import { MbCodec } from "./multibytecodec";

export function statefulCodec(name: string): MbCodec | undefined {
  void name;
  return undefined;
}
