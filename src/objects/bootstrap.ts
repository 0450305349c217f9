// Start-up: installs the methods of the builtin types on the bare type objects of types.ts.
// (The container part; the lead merges it into the main bootstrap.) Order matters only in
// that initTypeAndObject (pytype.ts) must have run first.

import { initDict } from "./pydicttype";
import { initIters } from "./pyiters";
import { initList } from "./pylist";
import { initRange } from "./pyrange";
import { initSlice } from "./pyslice";
import { initTuple } from "./pytuple";

export function bootstrapContainers(): void {
  initSlice();
  initTuple();
  initList();
  initRange();
  initDict();
  initIters();
}
