// _uuid: what CPython gets from libuuid on Linux. generate_time_safe() makes a version-1 UUID
// (RFC 4122): the time in 100 ns steps since 1582-10-15, a clock sequence chosen at random once
// per process, and the node: the first network interface's hardware address, or (no such
// interface) a random 48-bit number with the multicast bit set, as libuuid does. Like libuuid
// without its uuidd daemon, it reports the UUID as not generated "safely" across processes (-1).

import { nodeCrypto, nodeOs } from "../vm/nodelib";
import { checkArgs } from "../objects/native";
import { PyBytes, PyTuple } from "../objects/types";
import { defFunctions, defineModule } from "./registry";

/** 100 ns intervals between 1582-10-15 (the Gregorian reform) and 1970-01-01. */
const GREGORIAN_OFFSET = 0x01b21dd213814000n;

let node: Uint8Array | null = null;
let clockSeq = -1;
let lastTime = 0n;

function nodeId(): Uint8Array {
  if (node !== null) return node;
  for (const list of Object.values(nodeOs().networkInterfaces())) {
    for (const ni of list ?? []) {
      if (ni.internal || ni.mac === "00:00:00:00:00:00") continue;
      node = Uint8Array.from(ni.mac.split(":").map((h) => parseInt(h, 16)));
      return node;
    }
  }
  node = new Uint8Array(nodeCrypto().randomBytes(6));
  node[0] |= 0x01;
  return node;
}

function generateTimeSafe(): Uint8Array {
  if (clockSeq < 0) clockSeq = nodeCrypto().randomBytes(2).readUInt16BE(0) & 0x3fff;
  // Strictly increasing within the process (several UUIDs in one clock tick).
  let t = BigInt(Date.now()) * 10000n + GREGORIAN_OFFSET;
  if (t <= lastTime) t = lastTime + 1n;
  lastTime = t;
  const out = new Uint8Array(16);
  const low = Number(t & 0xffffffffn), mid = Number(t >> 32n & 0xffffn), hi = Number(t >> 48n & 0x0fffn);
  out[0] = low >>> 24; out[1] = low >>> 16 & 0xff; out[2] = low >>> 8 & 0xff; out[3] = low & 0xff;
  out[4] = mid >>> 8; out[5] = mid & 0xff;
  out[6] = 0x10 | hi >>> 8; out[7] = hi & 0xff;
  out[8] = 0x80 | clockSeq >>> 8; out[9] = clockSeq & 0xff;
  out.set(nodeId(), 10);
  return out;
}

defineModule("_uuid", (dict) => {
  dict.set("has_uuid_generate_time_safe", 1);
  defFunctions(dict, "_uuid", {
    generate_time_safe(args, kw) {
      checkArgs("_uuid.generate_time_safe", args, kw, 0, 0, 0);
      return new PyTuple([new PyBytes(generateTimeSafe()), -1]);
    },
  });
});
