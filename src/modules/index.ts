// Loads every native module file, so that each registers itself with the table in registry.ts.
// One line per module; keep them sorted.

import "./codecs";
import "./errno";
import "./locale";
import "./signal";
import "./string";
