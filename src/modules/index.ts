// Loads every native module file, so that each registers itself with the table in registry.ts.
// One line per module; keep them sorted.

import "./ast";
import "./binascii";
import "./bisect";
import "./blake2";
import "./cmath";
import "./codecs";
import "./collections";
import "./contextvars";
import "./errno";
import "./functools";
import "./gc";
import "./hashes";
import "./hashlib";
import "./heapq";
import "./io";
import "./itertools";
import "./locale";
import "./marshal";
import "./math";
import "./opcode";
import "./operator";
import "./posix";
import "./random";
import "./signal";
import "./sre";
import "./stat";
import "./string";
import "./struct";
import "./thread";
import "./time";
import "./unicodedata";
import "./warnings";
import "./weakref";
import "../vm/import";
