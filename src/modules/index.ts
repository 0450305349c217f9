// Loads every native module file, so that each registers itself with the table in registry.ts.
// One line per module; keep them sorted.

import "./bisect";
import "./codecs";
import "./collections";
import "./errno";
import "./functools";
import "./gc";
import "./heapq";
import "./itertools";
import "./locale";
import "./marshal";
import "./operator";
import "./signal";
import "./sre";
import "./string";
import "./thread";
import "./warnings";
import "./weakref";
import "../vm/import";
import "./bootstrap_stubs"; // last: only what the modules above do not provide
