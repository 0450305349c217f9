// Loads every native module file, so that each registers itself with the table in registry.ts.
// One line per module; keep them sorted.

import "./errno";
import "./posix";
import "./stat";
import "./time";
