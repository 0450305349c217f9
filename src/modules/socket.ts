// _socket: the constants, types and helper functions behind socket.py, for one process with no
// network. Node has no synchronous socket API, so connections are made inside the process:
//
// - socketpair() makes two connected endpoints whose bytes travel through in-memory buffers
//   (asyncio's self-pipe, selectors and tests use this). Each endpoint holds a real descriptor
//   (/dev/null opened read-only) so that its number is unique among the process's files and
//   select/poll/epoll can find the endpoint by fd (see `endpoints`).
// - Stream sockets (AF_INET, AF_INET6, AF_UNIX) bind to addresses of this process (every host
//   name that resolves locally is this host; AF_UNIX paths get a file), listen, and connect to
//   a listener of this process: connect() makes an endpoint pair at once and queues the server
//   end for accept(). Connecting where nobody listens gives ECONNREFUSED (ENOENT for a missing
//   AF_UNIX path), to another host ENETUNREACH: a prompt error, as without a network.
//   Datagram sockets bound to such addresses exchange datagrams (sendto/recvfrom, connect).
// - getaddrinfo/gethostbyname resolve numeric addresses and 'localhost' only (no DNS).
//
// A blocking read or accept waits while other green threads run (one of them may write or
// connect). Alone, nothing could end the wait: a timeout is slept out (TimeoutError) and a
// wait without one raises RuntimeError instead of hanging.

import * as fs from "node:fs";
import { call, index, intValue, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { False, None, PyBytes, PyFloat, PyList, PyObject, PyTuple, PyType, PyValue, True } from "../objects/types";
import { socketFds } from "./fdwait";
import { bytesLike, writableBuffer } from "./io_base";
import { osError } from "./posix";
import { defFunctions, defineModule, nativeType } from "./registry";
import { hostByAddress, serviceByName, serviceByPort } from "./socket_netdb";
import { sleepSeconds } from "./time";
import { block, threads } from "../vm/threads";
import { nodeOs } from "../vm/nodelib";

/** Linux's values, as CPython 3.11's _socket has them (has_ipv6 is set apart: it is a bool). */
const CONSTANTS: Record<string, number> = {
  AF_ALG: 38, AF_APPLETALK: 5, AF_ASH: 18, AF_ATMPVC: 8, AF_ATMSVC: 20, AF_AX25: 3, AF_BRIDGE: 7, AF_CAN: 29,
  AF_DECnet: 12, AF_ECONET: 19, AF_INET: 2, AF_INET6: 10, AF_IPX: 4, AF_IRDA: 23, AF_KEY: 15, AF_LLC: 26,
  AF_NETBEUI: 13, AF_NETLINK: 16, AF_NETROM: 6, AF_PACKET: 17, AF_PPPOX: 24, AF_QIPCRTR: 42, AF_RDS: 21, AF_ROSE: 11,
  AF_ROUTE: 16, AF_SECURITY: 14, AF_SNA: 22, AF_TIPC: 30, AF_UNIX: 1, AF_UNSPEC: 0, AF_VSOCK: 40, AF_WANPIPE: 25,
  AF_X25: 9, AI_ADDRCONFIG: 32, AI_ALL: 16, AI_CANONNAME: 2, AI_NUMERICHOST: 4, AI_NUMERICSERV: 1024, AI_PASSIVE: 1,
  AI_V4MAPPED: 8, ALG_OP_DECRYPT: 0, ALG_OP_ENCRYPT: 1, ALG_OP_SIGN: 2, ALG_OP_VERIFY: 3, ALG_SET_AEAD_ASSOCLEN: 4,
  ALG_SET_AEAD_AUTHSIZE: 5, ALG_SET_IV: 2, ALG_SET_KEY: 1, ALG_SET_OP: 3, ALG_SET_PUBKEY: 6, CAN_BCM: 2,
  CAN_BCM_CAN_FD_FRAME: 2048, CAN_BCM_RX_ANNOUNCE_RESUME: 256, CAN_BCM_RX_CHANGED: 12, CAN_BCM_RX_CHECK_DLC: 64,
  CAN_BCM_RX_DELETE: 6, CAN_BCM_RX_FILTER_ID: 32, CAN_BCM_RX_NO_AUTOTIMER: 128, CAN_BCM_RX_READ: 7,
  CAN_BCM_RX_RTR_FRAME: 1024, CAN_BCM_RX_SETUP: 5, CAN_BCM_RX_STATUS: 10, CAN_BCM_RX_TIMEOUT: 11,
  CAN_BCM_SETTIMER: 1, CAN_BCM_STARTTIMER: 2, CAN_BCM_TX_ANNOUNCE: 8, CAN_BCM_TX_COUNTEVT: 4,
  CAN_BCM_TX_CP_CAN_ID: 16, CAN_BCM_TX_DELETE: 2, CAN_BCM_TX_EXPIRED: 9, CAN_BCM_TX_READ: 3,
  CAN_BCM_TX_RESET_MULTI_IDX: 512, CAN_BCM_TX_SEND: 4, CAN_BCM_TX_SETUP: 1, CAN_BCM_TX_STATUS: 8,
  CAN_EFF_FLAG: 2147483648, CAN_EFF_MASK: 536870911, CAN_ERR_FLAG: 536870912, CAN_ERR_MASK: 536870911, CAN_ISOTP: 6,
  CAN_J1939: 7, CAN_RAW: 1, CAN_RAW_FD_FRAMES: 5, CAN_RAW_FILTER: 1, CAN_RAW_JOIN_FILTERS: 6, CAN_RAW_LOOPBACK: 3,
  CAN_RAW_RECV_OWN_MSGS: 4, CAN_RTR_FLAG: 1073741824, CAN_SFF_MASK: 2047, EAI_ADDRFAMILY: -9, EAI_AGAIN: -3,
  EAI_BADFLAGS: -1, EAI_FAIL: -4, EAI_FAMILY: -6, EAI_MEMORY: -10, EAI_NODATA: -5, EAI_NONAME: -2, EAI_OVERFLOW: -12,
  EAI_SERVICE: -8, EAI_SOCKTYPE: -7, EAI_SYSTEM: -11, INADDR_ALLHOSTS_GROUP: 3758096385, INADDR_ANY: 0,
  INADDR_BROADCAST: 4294967295, INADDR_LOOPBACK: 2130706433, INADDR_MAX_LOCAL_GROUP: 3758096639,
  INADDR_NONE: 4294967295, INADDR_UNSPEC_GROUP: 3758096384, IOCTL_VM_SOCKETS_GET_LOCAL_CID: 1977,
  IPPORT_RESERVED: 1024, IPPORT_USERRESERVED: 5000, IPPROTO_AH: 51, IPPROTO_DSTOPTS: 60, IPPROTO_EGP: 8,
  IPPROTO_ESP: 50, IPPROTO_FRAGMENT: 44, IPPROTO_GRE: 47, IPPROTO_HOPOPTS: 0, IPPROTO_ICMP: 1, IPPROTO_ICMPV6: 58,
  IPPROTO_IDP: 22, IPPROTO_IGMP: 2, IPPROTO_IP: 0, IPPROTO_IPIP: 4, IPPROTO_IPV6: 41, IPPROTO_MPTCP: 262,
  IPPROTO_NONE: 59, IPPROTO_PIM: 103, IPPROTO_PUP: 12, IPPROTO_RAW: 255, IPPROTO_ROUTING: 43, IPPROTO_RSVP: 46,
  IPPROTO_SCTP: 132, IPPROTO_TCP: 6, IPPROTO_TP: 29, IPPROTO_UDP: 17, IPPROTO_UDPLITE: 136, IPV6_CHECKSUM: 7,
  IPV6_DONTFRAG: 62, IPV6_DSTOPTS: 59, IPV6_HOPLIMIT: 52, IPV6_HOPOPTS: 54, IPV6_JOIN_GROUP: 20,
  IPV6_LEAVE_GROUP: 21, IPV6_MULTICAST_HOPS: 18, IPV6_MULTICAST_IF: 17, IPV6_MULTICAST_LOOP: 19, IPV6_NEXTHOP: 9,
  IPV6_PATHMTU: 61, IPV6_PKTINFO: 50, IPV6_RECVDSTOPTS: 58, IPV6_RECVHOPLIMIT: 51, IPV6_RECVHOPOPTS: 53,
  IPV6_RECVPATHMTU: 60, IPV6_RECVPKTINFO: 49, IPV6_RECVRTHDR: 56, IPV6_RECVTCLASS: 66, IPV6_RTHDR: 57,
  IPV6_RTHDRDSTOPTS: 55, IPV6_RTHDR_TYPE_0: 0, IPV6_TCLASS: 67, IPV6_UNICAST_HOPS: 16, IPV6_V6ONLY: 26,
  IP_ADD_MEMBERSHIP: 35, IP_BIND_ADDRESS_NO_PORT: 24, IP_DEFAULT_MULTICAST_LOOP: 1, IP_DEFAULT_MULTICAST_TTL: 1,
  IP_DROP_MEMBERSHIP: 36, IP_HDRINCL: 3, IP_MAX_MEMBERSHIPS: 20, IP_MULTICAST_IF: 32, IP_MULTICAST_LOOP: 34,
  IP_MULTICAST_TTL: 33, IP_OPTIONS: 4, IP_RECVOPTS: 6, IP_RECVRETOPTS: 7, IP_RECVTOS: 13, IP_RETOPTS: 7, IP_TOS: 1,
  IP_TRANSPARENT: 19, IP_TTL: 2, J1939_EE_INFO_NONE: 0, J1939_EE_INFO_TX_ABORT: 1, J1939_FILTER_MAX: 512,
  J1939_IDLE_ADDR: 254, J1939_MAX_UNICAST_ADDR: 253, J1939_NLA_BYTES_ACKED: 1, J1939_NLA_PAD: 0, J1939_NO_ADDR: 255,
  J1939_NO_NAME: 0, J1939_NO_PGN: 262144, J1939_PGN_ADDRESS_CLAIMED: 60928, J1939_PGN_ADDRESS_COMMANDED: 65240,
  J1939_PGN_MAX: 262143, J1939_PGN_PDU1_MAX: 261888, J1939_PGN_REQUEST: 59904, MSG_CMSG_CLOEXEC: 1073741824,
  MSG_CONFIRM: 2048, MSG_CTRUNC: 8, MSG_DONTROUTE: 4, MSG_DONTWAIT: 64, MSG_EOR: 128, MSG_ERRQUEUE: 8192,
  MSG_FASTOPEN: 536870912, MSG_MORE: 32768, MSG_NOSIGNAL: 16384, MSG_OOB: 1, MSG_PEEK: 2, MSG_TRUNC: 32,
  MSG_WAITALL: 256, NETLINK_CRYPTO: 21, NETLINK_DNRTMSG: 14, NETLINK_FIREWALL: 3, NETLINK_IP6_FW: 13,
  NETLINK_NFLOG: 5, NETLINK_ROUTE: 0, NETLINK_USERSOCK: 2, NETLINK_XFRM: 6, NI_DGRAM: 16, NI_MAXHOST: 1025,
  NI_MAXSERV: 32, NI_NAMEREQD: 8, NI_NOFQDN: 4, NI_NUMERICHOST: 1, NI_NUMERICSERV: 2, PACKET_BROADCAST: 1,
  PACKET_FASTROUTE: 6, PACKET_HOST: 0, PACKET_LOOPBACK: 5, PACKET_MULTICAST: 2, PACKET_OTHERHOST: 3,
  PACKET_OUTGOING: 4, PF_CAN: 29, PF_PACKET: 17, PF_RDS: 21, SCM_CREDENTIALS: 2, SCM_J1939_DEST_ADDR: 1,
  SCM_J1939_DEST_NAME: 2, SCM_J1939_ERRQUEUE: 4, SCM_J1939_PRIO: 3, SCM_RIGHTS: 1, SHUT_RD: 0, SHUT_RDWR: 2,
  SHUT_WR: 1, SOCK_CLOEXEC: 524288, SOCK_DGRAM: 2, SOCK_NONBLOCK: 2048, SOCK_RAW: 3, SOCK_RDM: 4, SOCK_SEQPACKET: 5,
  SOCK_STREAM: 1, SOL_ALG: 279, SOL_CAN_BASE: 100, SOL_CAN_RAW: 101, SOL_IP: 0, SOL_RDS: 276, SOL_SOCKET: 1,
  SOL_TCP: 6, SOL_TIPC: 271, SOL_UDP: 17, SOMAXCONN: 4096, SO_ACCEPTCONN: 30, SO_BINDTODEVICE: 25, SO_BROADCAST: 6,
  SO_DEBUG: 1, SO_DOMAIN: 39, SO_DONTROUTE: 5, SO_ERROR: 4, SO_INCOMING_CPU: 49, SO_J1939_ERRQUEUE: 4,
  SO_J1939_FILTER: 1, SO_J1939_PROMISC: 2, SO_J1939_SEND_PRIO: 3, SO_KEEPALIVE: 9, SO_LINGER: 13, SO_MARK: 36,
  SO_OOBINLINE: 10, SO_PASSCRED: 16, SO_PASSSEC: 34, SO_PEERCRED: 17, SO_PEERSEC: 31, SO_PRIORITY: 12,
  SO_PROTOCOL: 38, SO_RCVBUF: 8, SO_RCVLOWAT: 18, SO_RCVTIMEO: 20, SO_REUSEADDR: 2, SO_REUSEPORT: 15, SO_SNDBUF: 7,
  SO_SNDLOWAT: 19, SO_SNDTIMEO: 21, SO_TYPE: 3, SO_VM_SOCKETS_BUFFER_MAX_SIZE: 2, SO_VM_SOCKETS_BUFFER_MIN_SIZE: 1,
  SO_VM_SOCKETS_BUFFER_SIZE: 0, TCP_CONGESTION: 13, TCP_CORK: 3, TCP_DEFER_ACCEPT: 9, TCP_FASTOPEN: 23, TCP_INFO: 11,
  TCP_KEEPCNT: 6, TCP_KEEPIDLE: 4, TCP_KEEPINTVL: 5, TCP_LINGER2: 8, TCP_MAXSEG: 2, TCP_NODELAY: 1,
  TCP_NOTSENT_LOWAT: 25, TCP_QUICKACK: 12, TCP_SYNCNT: 7, TCP_USER_TIMEOUT: 18, TCP_WINDOW_CLAMP: 10,
  TIPC_ADDR_ID: 3, TIPC_ADDR_NAME: 2, TIPC_ADDR_NAMESEQ: 1, TIPC_CFG_SRV: 0, TIPC_CLUSTER_SCOPE: 2,
  TIPC_CONN_TIMEOUT: 130, TIPC_CRITICAL_IMPORTANCE: 3, TIPC_DEST_DROPPABLE: 129, TIPC_HIGH_IMPORTANCE: 2,
  TIPC_IMPORTANCE: 127, TIPC_LOW_IMPORTANCE: 0, TIPC_MEDIUM_IMPORTANCE: 1, TIPC_NODE_SCOPE: 3, TIPC_PUBLISHED: 1,
  TIPC_SRC_DROPPABLE: 128, TIPC_SUBSCR_TIMEOUT: 3, TIPC_SUB_CANCEL: 4, TIPC_SUB_PORTS: 1, TIPC_SUB_SERVICE: 2,
  TIPC_TOP_SRV: 1, TIPC_WAIT_FOREVER: -1, TIPC_WITHDRAWN: 2, TIPC_ZONE_SCOPE: 1, UDPLITE_RECV_CSCOV: 11,
  UDPLITE_SEND_CSCOV: 10, VMADDR_CID_ANY: 4294967295, VMADDR_CID_HOST: 2, VMADDR_PORT_ANY: 4294967295,
  VM_SOCKETS_INVALID_VERSION: 4294967295,

};

const AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
/** Unread bytes a stream connection holds before a non-blocking send fails with EAGAIN (Linux's buffers hold a few hundred KiB). */
const STREAM_BUFFER = 256 * 1024;
const SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_SEQPACKET = 5;
const SOCK_NONBLOCK = 0o4000, SOCK_CLOEXEC = 0o2000000;
const EBADF = 9, EAGAIN = 11, EPIPE = 32, ENOTSOCK = 88, EOPNOTSUPP = 95, EAFNOSUPPORT = 97, EADDRINUSE = 98;
const EDESTADDRREQ = 89, ENETUNREACH = 101, EISCONN = 106, ENOTCONN = 107, ECONNREFUSED = 111;

// ---- in-process endpoints --------------------------------------------------------------------

/** One end of a socketpair: what it has received, and whether more can come. */
export class Endpoint {
  /** Received data not yet read: byte chunks (one per message for datagram pairs). */
  chunks: Uint8Array[] = [];
  /** The other end, or null once it is closed. */
  peer: Endpoint | null = null;
  /** shutdown(SHUT_RD) here, or SHUT_WR / close at the peer: reads see end of file once drained. */
  eof = false;
  /** shutdown(SHUT_WR) here: sends fail with EPIPE. */
  writeShut = false;
  /** getsockname()/getpeername() of a connection made by connect/accept (null for socketpair ends). */
  local: PyValue | null = null;
  remote: PyValue | null = null;
  constructor(readonly fd: number, readonly family: number, readonly type: number, readonly proto: number) {}

  /** Bytes received and not read yet. */
  buffered = 0;
  /** Datagram sockets bound by address: the sender of each chunk (None for socketpair messages). */
  sources: PyValue[] = [];
  /** The sender of the last datagram taken. */
  lastSource: PyValue = None;

  /** Whether a read would not block: data is waiting, or end of file was reached. */
  readable(): boolean {
    return this.chunks.length > 0 || this.eof;
  }

  /** Whether a send would not block: the peer's buffer has room (or the send fails at once). */
  writable(): boolean {
    return this.peer === null || this.writeShut || this.type !== SOCK_STREAM || this.peer.buffered < STREAM_BUFFER;
  }
}

/** The live endpoints by descriptor (select/poll/epoll consult this). */
export const endpoints = new Map<number, Endpoint>();

/** A listening socket: the server ends of connections made to it, waiting for accept(). */
interface Listener {
  sock: PySocket;
  queue: Endpoint[];
}

/** Listening sockets by descriptor (select/poll/epoll: readable while a connection waits). */
export const listeners = new Map<number, Listener>();

/** Sockets bound to an address of this process, by addressKey(). */
const bound = new Map<string, PySocket>();

/** The next ephemeral port to try (Linux's ip_local_port_range starts at 32768). */
let nextPort = 32768;

/**
 * Readiness of a socket descriptor that is not a connected endpoint, as poll() reports it
 * (POLLIN 1, POLLOUT 4, POLLHUP 16); undefined if fd is not such a socket.
 */
export function socketEvents(fd: number): number | undefined {
  const l = listeners.get(fd);
  if (l !== undefined) return l.queue.length > 0 ? 1 : 0;
  if (sockets.has(fd)) return 4 | 16;
  return undefined;
}

/**
 * Writes to the peer of the endpoint with descriptor fd (signal.set_wakeup_fd on a socketpair
 * end, as asyncio uses it); false if fd is not a connected endpoint or its buffer is full.
 */
export function writeEndpoint(fd: number, data: Uint8Array): boolean {
  const ep = endpoints.get(fd);
  if (ep === undefined || ep.peer === null || ep.writeShut || !ep.writable()) return false;
  ep.peer.chunks.push(data.slice());
  ep.peer.sources.push(None);
  ep.peer.buffered += data.length;
  return true;
}

/** Sockets made by socket() that hold no connection yet, by descriptor. */
const sockets = new Set<number>();

function reserveFd(): number {
  try {
    return fs.openSync("/dev/null", "r");
  } catch {
    throw osError(24);
  }
}

/** Forgets what a socket descriptor listened on or was bound to (it is being closed). */
function unbind(s: PySocket): void {
  const l = listeners.get(s.fd);
  if (l !== undefined) {
    listeners.delete(s.fd);
    // Connections nobody accepted are reset.
    for (const ep of l.queue) closeEndpoint(ep.fd);
  }
  if (s.boundKey !== null && bound.get(s.boundKey) === s) bound.delete(s.boundKey);
  s.boundKey = null;
  sockets.delete(s.fd);
}

function closeEndpoint(fd: number): void {
  if (!forgetEndpoint(fd)) return;
  try {
    fs.closeSync(fd);
  } catch {
    // The descriptor was closed behind our back (os.close); the endpoint is gone either way.
  }
}

/** The connection of descriptor fd ends (its peer sees end of file); false if fd held none. */
function forgetEndpoint(fd: number): boolean {
  nonBlockingFds.delete(fd);
  const ep = endpoints.get(fd);
  if (ep === undefined) return false;
  endpoints.delete(fd);
  if (ep.peer !== null) {
    ep.peer.eof = true;
    ep.peer.peer = null;
  }
  return true;
}

// ---- the socket type -------------------------------------------------------------------------

export const socketType: PyType = nativeType("_socket", "socket");

class PySocket extends PyObject {
  fd = -1;
  family = AF_INET;
  type = SOCK_STREAM;
  proto = 0;
  /** Seconds; -1 for blocking (None), 0 for non-blocking. */
  timeout = -1;
  /** Socket options that were set (getsockopt reads them back). */
  options = new Map<string, PyValue>();
  /** The address bind() gave it (or listen()/connect() chose), and its key in `bound`. */
  local: PyValue | null = null;
  boundKey: string | null = null;
  /** Where a connected datagram socket sends. */
  dgramPeer: SockAddr | null = null;
}

let defaultTimeout = -1;

function asSocket(v: PyValue): PySocket {
  if (!(v instanceof PySocket)) typeError(`descriptor requires a '_socket.socket' object but received '${typeName(v)}'`);
  return v;
}

function timeoutValue(v: number): PyValue {
  return v < 0 ? None : new PyFloat(v);
}

/** A timeout argument: None, or a non-negative number of seconds. */
function parseTimeout(v: PyValue): number {
  if (v === None) return -1;
  let t: number;
  if (v instanceof PyFloat) t = v.value;
  else {
    const i = intValue(v);
    if (i === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer or float`);
    t = Number(i);
  }
  if (Number.isNaN(t)) raiseError(E.ValueError, "Invalid value NaN (not a number)");
  if (t < 0) raiseError(E.ValueError, "Timeout value out of range");
  return t;
}

function liveEndpoint(s: PySocket): Endpoint {
  if (s.fd < 0) throw osError(EBADF);
  const ep = endpoints.get(s.fd);
  if (ep === undefined) throw osError(ENOTCONN);
  return ep;
}

function notSupported(): never {
  throw osError(EOPNOTSUPP);
}

function checkOpen(s: PySocket): void {
  if (s.fd < 0) throw osError(EBADF);
}

/** A size argument of recv: a non-negative int. */
function sizeArg(v: PyValue | undefined, what: string): number {
  if (v === undefined) return -1;
  const n = Number(index(v));
  if (n < 0) raiseError(E.ValueError, `negative buffersize in ${what}`);
  return n;
}

/** Takes up to n bytes from the endpoint (one datagram at most for datagram sockets). */
/** recv_into / recvfrom_into's arguments: the buffer to fill and how many bytes to read into it. */
function intoArgs(name: string, args: PyValue[], kw: readonly string[] | null, tooLong: string): [Uint8Array, number] {
  const [buf, nbytes, flags] = parseArgs(name, args.slice(1), kw, ["buffer", "nbytes", "flags"], 1);
  const target = writableBuffer(buf!);
  let n = nbytes === undefined ? 0 : Number(index(nbytes));
  if (n < 0) raiseError(E.ValueError, `negative buffersize in ${name}`);
  if (n > target.length) raiseError(E.ValueError, tooLong);
  if (n === 0) n = target.length;
  if (flags !== undefined) index(flags);
  return [target, n];
}

/** The address a received message came from (recvfrom): the peer of a stream socket. */
function sourceOf(s: PySocket, ep: Endpoint): PyValue {
  return s.type === SOCK_STREAM ? ep.remote ?? None : ep.lastSource;
}

function takeBytes(ep: Endpoint, n: number): Uint8Array {
  if (ep.chunks.length === 0) {
    if (ep.eof) return new Uint8Array(0);
    throw osError(EAGAIN);
  }
  if (ep.type !== SOCK_STREAM) {
    const msg = ep.chunks.shift()!;
    ep.lastSource = ep.sources.shift() ?? None;
    ep.buffered -= msg.length;
    return msg.subarray(0, Math.min(n, msg.length));
  }
  const parts: Uint8Array[] = [];
  let got = 0;
  while (got < n && ep.chunks.length > 0) {
    const c = ep.chunks[0];
    const k = Math.min(n - got, c.length);
    parts.push(c.subarray(0, k));
    got += k;
    if (k === c.length) ep.chunks.shift();
    else ep.chunks[0] = c.subarray(k);
  }
  const out = new Uint8Array(got);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  ep.buffered -= got;
  return out;
}

/**
 * Runs a read-like operation once `ready()` holds. A non-blocking socket fails at once with
 * EAGAIN. A blocking one waits while other green threads run (one of them may write or
 * connect); alone, nothing could ever make it ready, so a timeout is slept out and then
 * raises TimeoutError, and a wait without one raises RuntimeError instead of hanging.
 * `args` are the native method's arguments (so the thread can switch out in place).
 */
function waitFor(s: PySocket, ready: () => boolean, op: () => PyValue, args: readonly PyValue[]): PyValue {
  if (ready() || s.timeout === 0) return op();
  const deadline = s.timeout < 0 ? Infinity : performance.now() + s.timeout * 1000;
  const finish = (ok: boolean): PyValue => {
    if (!ok && !ready()) raiseError(E.TimeoutError, "timed out");
    return op();
  };
  if (threads.length > 1) return block({ take: ready, deadline, result: finish }, args);
  if (s.timeout < 0) {
    raiseError(E.RuntimeError, "deadlock: a blocking socket waits for data or a connection that nothing " +
      "in this process can provide");
  }
  sleepSeconds(s.timeout);
  return finish(false);
}

/** The key of an address in `bound`: addresses of this process only (every host is this one). */
function addressKey(family: number, type: number, addr: string | number): string {
  return `${family === AF_UNIX ? "unix" : family === AF_INET6 ? "inet6" : "inet"}/${type === SOCK_DGRAM ? "dgram" : "stream"}/${addr}`;
}

/** Whether an AF_INET6 socket takes IPv4 connections too (IPV6_V6ONLY off, Linux's default). */
function dualStack(s: PySocket): boolean {
  if (s.family !== AF_INET6) return false;
  const v = s.options.get(`${CONSTANTS.IPPROTO_IPV6}:${CONSTANTS.IPV6_V6ONLY}`);
  return v === undefined || !truthy(v);
}

/**
 * The socket bound at port/path `where`: of the family itself, or for AF_INET, a dual-stack
 * AF_INET6 socket at the same port (it takes IPv4 connections and datagrams too).
 */
function boundAt(family: number, type: number, where: string | number): PySocket | undefined {
  const own = bound.get(addressKey(family, type, where));
  if (own !== undefined || family !== AF_INET) return own;
  const v6 = bound.get(addressKey(AF_INET6, type, where));
  return v6 !== undefined && dualStack(v6) ? v6 : undefined;
}

/** Whether port `where` is taken for `s` (an IPv4 port and a dual-stack IPv6 one exclude each other). */
function portTaken(s: PySocket, where: string | number): boolean {
  if (bound.has(addressKey(s.family, s.type, where))) return true;
  if (s.family === AF_INET) return boundAt(AF_INET, s.type, where) !== undefined;
  if (s.family === AF_INET6 && dualStack(s)) return bound.has(addressKey(AF_INET, s.type, where));
  return false;
}

interface SockAddr {
  /** Port (AF_INET/AF_INET6) or path (AF_UNIX). */
  where: string | number;
  /** The host as given, resolved to numeric form (AF_INET/AF_INET6). */
  host: string;
  /** The address as getsockname reports it (AF_UNIX). */
  value: PyValue | null;
  /** A filesystem path to create on bind (AF_UNIX, not the abstract namespace). */
  path: string | null;
}

function hostOf(fname: string, family: number, h: PyValue): string {
  let name: string;
  if (h instanceof PyBytes) name = Buffer.from(h.data).toString("latin1");
  else {
    const t = strValue(h);
    if (t === undefined) typeError(`str, bytes or bytearray expected, not ${typeName(h)}`);
    name = t;
  }
  if (family === AF_INET) {
    if (name === "" || name === "<any>") return "0.0.0.0";
    if (name === "<broadcast>") return "255.255.255.255";
    const v4 = parseIPv4(name);
    if (v4 !== null) return formatIPv4(v4);
  } else {
    if (name === "") return "::";
    const v6 = parseIPv6(name.split("%")[0]);
    if (v6 !== null) return formatIPv6(v6);
  }
  const found = resolveHost(name, family, false).filter(([f]) => f === family);
  if (found.length === 0) gaiError(-9, "Address family for hostname not supported");
  return found[0][1];
}

/** Parses a bind/connect address for the socket's family (CPython's getsockaddrarg). */
function sockAddr(fname: string, s: PySocket, v: PyValue): SockAddr {
  if (s.family === AF_UNIX) {
    let path: string;
    if (v instanceof PyBytes) path = Buffer.from(v.data).toString("latin1");
    else {
      const t = strValue(v);
      if (t === undefined) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
      path = t;
    }
    if (path.length > 107) raiseError(E.OSError, "AF_UNIX path too long");
    const abstract = path === "" || path.startsWith("\0");
    return { where: path, host: "", value: v instanceof PyBytes ? v : path, path: abstract ? null : path };
  }
  const fam = s.family === AF_INET6 ? "AF_INET6" : "AF_INET";
  if (!(v instanceof PyTuple)) typeError(`${fname}(): ${fam} address must be tuple, not ${typeName(v)}`);
  const n = v.items.length;
  if (s.family === AF_INET ? n !== 2 : n < 2 || n > 4) {
    typeError(s.family === AF_INET ? `AF_INET address must be a pair (host, port)`
      : `AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])`);
  }
  const host = hostOf(fname, s.family, v.items[0]);
  const pv = v.items[1];
  if (intValue(pv) === undefined) typeError(`'${typeName(pv)}' object cannot be interpreted as an integer`);
  const port = Number(index(pv));
  if (port < 0 || port > 0xffff) raiseError(E.OverflowError, `${fname}(): port must be 0-65535.`);
  return { where: port, host, value: null, path: null };
}

function inetName(family: number, host: string, port: number): PyValue {
  return family === AF_INET6 ? new PyTuple([host, port, 0, 0]) : new PyTuple([host, port]);
}

function freePort(family: number, type: number): number {
  for (let i = 0; i < 28232; i++) {
    const p = nextPort;
    nextPort = nextPort >= 60999 ? 32768 : nextPort + 1;
    // An ephemeral port is free in both families.
    if (!bound.has(addressKey(AF_INET, type, p)) && !bound.has(addressKey(AF_INET6, type, p))) return p;
  }
  throw osError(EADDRINUSE);
}

/** Binds `s` to `a` (port 0: an ephemeral port). */
function bindTo(s: PySocket, a: SockAddr): void {
  if (s.boundKey !== null || endpoints.has(s.fd)) throw osError(22);
  let where = a.where;
  if (s.family !== AF_UNIX && where === 0) where = freePort(s.family, s.type);
  const key = addressKey(s.family, s.type, where);
  if (portTaken(s, where)) throw osError(EADDRINUSE);
  if (a.path !== null) {
    // The socket's file, as the kernel makes it (a regular empty file stands in for it).
    try {
      fs.writeFileSync(a.path, "", { flag: "wx" });
      const st = fs.statSync(a.path, { bigint: true });
      socketFiles.set(`${st.dev}:${st.ino}`, st.ctimeNs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw osError(EADDRINUSE);
      throw osError(code === "ENOENT" ? 2 : code === "EACCES" ? 13 : code === "ENOTDIR" ? 20 : 22);
    }
  }
  s.local = s.family === AF_UNIX ? a.value! : inetName(s.family, a.host, where as number);
  s.boundKey = key;
  bound.set(key, s);
  if (s.type === SOCK_DGRAM && !endpoints.has(s.fd)) {
    endpoints.set(s.fd, new Endpoint(s.fd, s.family, s.type, s.proto));
    sockets.delete(s.fd);
  }
}

/** Connects stream socket `s` to the listener at `a`; returns 0 or an errno. */
function connectTo(s: PySocket, a: SockAddr): number {
  if (endpoints.has(s.fd)) return EISCONN;
  if (listeners.has(s.fd)) return 22;
  if (s.family !== AF_UNIX && !isLocalHost(a.host)) return ENETUNREACH;
  const target = boundAt(s.family, s.type, a.where);
  const l = target === undefined ? undefined : listeners.get(target.fd);
  if (l === undefined) {
    if (a.path !== null && !fs.existsSync(a.path)) return 2;
    return ECONNREFUSED;
  }
  if (s.local === null && s.family !== AF_UNIX) {
    s.local = inetName(s.family, s.family === AF_INET6 ? "::1" : "127.0.0.1", freePort(s.family, s.type));
  }
  const client = new Endpoint(s.fd, s.family, s.type, s.proto);
  const server = new Endpoint(reserveFd(), l.sock.family, s.type, s.proto);
  client.peer = server;
  server.peer = client;
  client.local = s.local ?? "";
  client.remote = l.sock.local;
  server.local = l.sock.local;
  server.remote = client.local;
  if (s.family !== AF_UNIX) {
    const [h, p] = (l.sock.local as PyTuple).items;
    if (h === "0.0.0.0" || h === "::") server.local = client.remote = inetName(s.family, a.host, p as number);
    if (l.sock.family !== s.family) {
      // An IPv4 client of a dual-stack IPv6 listener: the server end sees IPv4-mapped addresses.
      const [ch, cp] = (client.local as PyTuple).items;
      server.local = inetName(AF_INET6, `::ffff:${a.host}`, p as number);
      server.remote = inetName(AF_INET6, `::ffff:${ch as string}`, cp as number);
    }
  }
  sockets.delete(s.fd);
  endpoints.set(client.fd, client);
  endpoints.set(server.fd, server);
  l.queue.push(server);
  return 0;
}

/** The inbox of a datagram socket bound by address (made on bind, or on its first send). */
function datagramInbox(s: PySocket): Endpoint {
  let ep = endpoints.get(s.fd);
  if (ep === undefined) {
    if (s.boundKey === null) {
      if (s.family === AF_UNIX) {
        ep = new Endpoint(s.fd, s.family, s.type, s.proto);
        endpoints.set(s.fd, ep);
        sockets.delete(s.fd);
        return ep;
      }
      bindTo(s, { where: 0, host: s.family === AF_INET6 ? "::" : "0.0.0.0", value: null, path: null });
    }
    ep = endpoints.get(s.fd)!;
  }
  return ep;
}

/** sendto() on a datagram socket: delivered to the socket of this process bound there, else dropped. */
function sendDatagram(s: PySocket, data: Uint8Array, a: SockAddr): number {
  const from = datagramInbox(s);
  if (s.family !== AF_UNIX && !isLocalHost(a.host)) throw osError(ENETUNREACH);
  const target = boundAt(s.family, s.type, a.where);
  if (target === undefined) {
    if (a.path !== null) throw osError(fs.existsSync(a.path) ? ECONNREFUSED : 2);
    return data.length;
  }
  const inbox = endpoints.get(target.fd);
  if (inbox === undefined) return data.length;
  let source: PyValue = s.local ?? "";
  if (s.family !== AF_UNIX) {
    const [h, p] = (s.local as PyTuple).items;
    if (h === "0.0.0.0" || h === "::") source = inetName(s.family, s.family === AF_INET6 ? "::1" : "127.0.0.1", p as number);
  }
  void from;
  inbox.chunks.push(data.slice());
  inbox.sources.push(source);
  inbox.buffered += data.length;
  return data.length;
}

/** connect() on a datagram socket: sets where send() goes (and binds it if it is not). */
function connectDatagram(s: PySocket, a: SockAddr): void {
  const ep = datagramInbox(s);
  if (s.family !== AF_UNIX && !isLocalHost(a.host)) throw osError(ENETUNREACH);
  s.dgramPeer = a;
  if (s.family !== AF_UNIX) {
    // The source address the route chose, as getsockname reports after connect.
    const [h, p] = (s.local as PyTuple).items;
    if (h === "0.0.0.0" || h === "::") s.local = inetName(s.family, s.family === AF_INET6 ? "::1" : "127.0.0.1", p as number);
  }
  ep.remote = s.family === AF_UNIX ? a.value : inetName(s.family, a.host === "0.0.0.0" ? "127.0.0.1" : a.host, a.where as number);
}

function isLocalHost(h: string): boolean {
  return h.startsWith("127.") || h === "0.0.0.0" || h === "::1" || h === "::" || h === "::ffff:127.0.0.1";
}

/**
 * Queues data at the peer. A non-blocking stream socket sends what fits in the peer's buffer
 * (EAGAIN when nothing does); blocking sockets are not limited (nothing could drain the
 * buffer while a lone thread waited).
 */
function sendBytes(s: PySocket, data: Uint8Array): number {
  if (s.type === SOCK_DGRAM && s.dgramPeer !== null) return sendDatagram(s, data, s.dgramPeer);
  if (s.type === SOCK_DGRAM && s.fd >= 0 && !endpoints.has(s.fd)) throw osError(EDESTADDRREQ);
  const ep = liveEndpoint(s);
  if (s.type === SOCK_DGRAM && ep.peer === null) throw osError(EDESTADDRREQ);
  if (ep.writeShut || ep.peer === null) throw osError(EPIPE);
  let n = data.length;
  if (s.timeout === 0 && s.type === SOCK_STREAM) {
    n = Math.min(n, STREAM_BUFFER - ep.peer.buffered);
    if (n <= 0 && data.length > 0) throw osError(EAGAIN);
  }
  // A stream carries no empty chunks (a reader would take one for end of file).
  if (n > 0 || s.type !== SOCK_STREAM) ep.peer.chunks.push(data.slice(0, n));
  ep.peer.buffered += n;
  return n;
}

function dataArg(v: PyValue): Uint8Array {
  const d = bytesLike(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

function initSocket(s: PySocket, family: number, type: number, proto: number, fileno: PyValue): void {
  if (fileno !== None) {
    const fdv = index(fileno);
    const fd = Number(fdv);
    if (fd < 0) raiseError(E.ValueError, "negative file descriptor");
    const ep = endpoints.get(fd);
    if (ep === undefined) {
      try {
        fs.fstatSync(fd);
      } catch {
        throw osError(EBADF);
      }
      throw osError(ENOTSOCK);
    }
    s.fd = fd;
    s.family = family === -1 ? ep.family : family;
    s.type = type === -1 ? ep.type : type;
    s.proto = proto === -1 ? ep.proto : proto;
  } else {
    s.family = family === -1 ? AF_INET : family;
    s.type = type === -1 ? SOCK_STREAM : type;
    s.proto = proto === -1 ? 0 : proto;
    if (![AF_UNIX, AF_INET, AF_INET6].includes(s.family)) throw osError(EAFNOSUPPORT);
    // Its descriptor is a real one (so its number is unique); connections are in-process.
    s.fd = reserveFd();
    sockets.add(s.fd);
  }
  s.timeout = defaultTimeout;
  if (s.type & SOCK_NONBLOCK) s.timeout = 0;
  s.type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  setFdBlocking(s);
}

// ---- socket descriptors read and written as files (os.read/os.write, FileIO) ---------------------

/**
 * Socket descriptors in non-blocking mode (O_NONBLOCK): a socket with a timeout is, as in CPython,
 * and os.set_blocking changes it. os.read/os.write on them fail with EAGAIN rather than wait.
 */
const nonBlockingFds = new Set<number>();

function setFdBlocking(s: PySocket): void {
  if (s.timeout < 0) nonBlockingFds.delete(s.fd);
  else nonBlockingFds.add(s.fd);
}

/** A blocking os.read/write of a socket descriptor waits while other green threads run (alone: as waitFor). */
function waitOnFd(ready: () => boolean): void {
  if (ready()) return;
  if (threads.length <= 1) {
    raiseError(E.RuntimeError, "deadlock: a blocking socket waits for data or a connection that nothing " +
      "in this process can provide");
  }
  // Arguments that are not the eval loop's: the thread waits pinned, and this call goes on after.
  block({ take: ready, deadline: Infinity, result: () => None }, [None, None, None, None]);
}

socketFds.read = (fd, n) => {
  const ep = endpoints.get(fd);
  if (ep === undefined) return sockets.has(fd) || listeners.has(fd) ? raiseOSError(ENOTCONN) : undefined;
  if (!ep.readable() && nonBlockingFds.has(fd)) return null;
  waitOnFd(() => ep.readable());
  return takeBytes(ep, n);
};

socketFds.write = (fd, data) => {
  const ep = endpoints.get(fd);
  if (ep === undefined) return sockets.has(fd) || listeners.has(fd) ? raiseOSError(ENOTCONN) : undefined;
  if (ep.writeShut || ep.peer === null) throw osError(EPIPE);
  if (ep.type === SOCK_STREAM && nonBlockingFds.has(fd)) {
    const room = STREAM_BUFFER - ep.peer.buffered;
    if (room <= 0 && data.length > 0) return null;
    data = data.subarray(0, Math.min(room, data.length));
  }
  if (data.length > 0 || ep.type !== SOCK_STREAM) {
    ep.peer.chunks.push(data.slice());
    ep.peer.sources.push(None);
  }
  ep.peer.buffered += data.length;
  return data.length;
};

/**
 * The files AF_UNIX sockets were bound to, by device and inode, with their change time (a new
 * file that reuses the inode of a removed one is not a socket): os.stat reports them as sockets
 * (they stay after the socket closes, as on Linux, until removed).
 */
const socketFiles = new Map<string, bigint>();
socketFds.isSocketFile = (dev, ino, ctimeNs) => socketFiles.get(`${dev}:${ino}`) === ctimeNs;

// os.close or FileIO.close of a socket's descriptor (they close the descriptor itself).
socketFds.forget = (fd) => {
  forgetEndpoint(fd);
  sockets.delete(fd);
};

socketFds.blocking = (fd, blocking) => {
  if (!endpoints.has(fd) && !sockets.has(fd) && !listeners.has(fd)) return undefined;
  const was = !nonBlockingFds.has(fd);
  if (blocking === true) nonBlockingFds.delete(fd);
  else if (blocking === false) nonBlockingFds.add(fd);
  return was;
};

function raiseOSError(errno: number): never {
  throw osError(errno);
}

function intArg(v: PyValue | undefined, dflt: number): number {
  return v === undefined ? dflt : Number(index(v));
}

function initSocketType(): void {
  socketType.ns.set("__doc__", "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n" +
    "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n" +
    "Open a socket of the given type.");
  defNew(socketType, (args) => new PySocket(args[0] as PyType));
  defGetSet(socketType, "family", (self) => asSocket(self).family);
  defGetSet(socketType, "type", (self) => asSocket(self).type);
  defGetSet(socketType, "proto", (self) => asSocket(self).proto);
  defGetSet(socketType, "timeout", (self) => timeoutValue(asSocket(self).timeout));
  defMethods(socketType, {
    __init__(args, kw) {
      const s = asSocket(args[0]);
      const [f, t, p, fileno] = parseArgs("socket", args.slice(1), kw, ["family", "type", "proto", "fileno"], 0);
      initSocket(s, intArg(f, -1), intArg(t, -1), intArg(p, -1), fileno ?? None);
      return None;
    },
    __repr__(args) {
      const s = asSocket(args[0]);
      return `<socket object, fd=${s.fd}, family=${s.family}, type=${s.type}, proto=${s.proto}>`;
    },
    close(args, kw) {
      checkArgs("close", args, kw, 0, 0);
      const s = asSocket(args[0]);
      if (s.fd >= 0) {
        unbind(s);
        const fd = s.fd;
        s.fd = -1;
        if (endpoints.has(fd)) closeEndpoint(fd);
        else {
          try {
            fs.closeSync(fd);
          } catch {
            // Already closed elsewhere: CPython ignores ECONNRESET only, but nothing is lost here.
          }
        }
      }
      return None;
    },
    detach(args, kw) {
      checkArgs("detach", args, kw, 0, 0);
      const s = asSocket(args[0]);
      const fd = s.fd;
      s.fd = -1;
      return fd;
    },
    fileno(args, kw) {
      checkArgs("fileno", args, kw, 0, 0);
      return asSocket(args[0]).fd;
    },
    setblocking(args, kw) {
      checkArgs("setblocking", args, kw, 1, 1);
      const s = asSocket(args[0]);
      s.timeout = truthy(args[1]) ? -1 : 0;
      checkOpen(s);
      setFdBlocking(s);
      return None;
    },
    getblocking(args, kw) {
      checkArgs("getblocking", args, kw, 0, 0);
      const s = asSocket(args[0]);
      checkOpen(s);
      return s.timeout === 0 ? False : True;
    },
    settimeout(args, kw) {
      checkArgs("settimeout", args, kw, 1, 1);
      const s = asSocket(args[0]);
      s.timeout = parseTimeout(args[1]);
      checkOpen(s);
      setFdBlocking(s);
      return None;
    },
    gettimeout(args, kw) {
      checkArgs("gettimeout", args, kw, 0, 0);
      return timeoutValue(asSocket(args[0]).timeout);
    },
    recv(args, kw) {
      checkArgs("recv", args, kw, 1, 2);
      const s = asSocket(args[0]);
      const n = sizeArg(args[1], "recv");
      if (args.length > 2) index(args[2]);
      const ep = liveEndpoint(s);
      return waitFor(s, () => ep.readable(), () => new PyBytes(takeBytes(ep, n)), args);
    },
    recv_into(args, kw) {
      const s = asSocket(args[0]);
      const [target, n] = intoArgs("recv_into", args, kw, "buffer too small for requested bytes");
      const ep = liveEndpoint(s);
      return waitFor(s, () => ep.readable(), () => {
        const got = takeBytes(ep, n);
        target.set(got);
        return got.length;
      }, args);
    },
    recvfrom(args, kw) {
      checkArgs("recvfrom", args, kw, 1, 2);
      const s = asSocket(args[0]);
      const n = sizeArg(args[1], "recvfrom");
      const ep = liveEndpoint(s);
      return waitFor(s, () => ep.readable(), () => {
        const data = takeBytes(ep, n);
        return new PyTuple([new PyBytes(data), sourceOf(s, ep)]);
      }, args);
    },
    recvfrom_into(args, kw) {
      const s = asSocket(args[0]);
      const [target, n] = intoArgs("recvfrom_into", args, kw, "nbytes is greater than the length of the buffer");
      const ep = liveEndpoint(s);
      return waitFor(s, () => ep.readable(), () => {
        const got = takeBytes(ep, n);
        target.set(got);
        return new PyTuple([got.length, sourceOf(s, ep)]);
      }, args);
    },
    send(args, kw) {
      checkArgs("send", args, kw, 1, 2);
      const data = dataArg(args[1]);
      if (args.length > 2) index(args[2]);
      return sendBytes(asSocket(args[0]), data);
    },
    sendall(args, kw) {
      checkArgs("sendall", args, kw, 1, 2);
      const data = dataArg(args[1]);
      if (args.length > 2) index(args[2]);
      const s = asSocket(args[0]);
      const sent = sendBytes(s, data);
      if (sent < data.length) {
        // CPython's sendall on a non-blocking socket raises once the buffer is full.
        throw osError(EAGAIN);
      }
      return None;
    },
    shutdown(args, kw) {
      checkArgs("shutdown", args, kw, 1, 1);
      const s = asSocket(args[0]);
      const how = Number(index(args[1]));
      const ep = liveEndpoint(s);
      if (how < 0 || how > 2) throw osError(22);
      if (how === 0 || how === 2) ep.eof = true;
      if (how === 1 || how === 2) {
        ep.writeShut = true;
        if (ep.peer !== null) ep.peer.eof = true;
      }
      return None;
    },
    getsockname(args, kw) {
      checkArgs("getsockname", args, kw, 0, 0);
      const s = asSocket(args[0]);
      checkOpen(s);
      return s.local ?? endpoints.get(s.fd)?.local ?? unboundName(s);
    },
    getpeername(args, kw) {
      checkArgs("getpeername", args, kw, 0, 0);
      const s = asSocket(args[0]);
      checkOpen(s);
      const ep = endpoints.get(s.fd);
      if (ep === undefined || (ep.remote === null && s.type === SOCK_DGRAM && s.boundKey !== null)) throw osError(ENOTCONN);
      return ep.remote ?? unboundName(s);
    },
    setsockopt(args, kw) {
      checkArgs("setsockopt", args, kw, 3, 4);
      const s = asSocket(args[0]);
      checkOpen(s);
      s.options.set(`${index(args[1])}:${index(args[2])}`, args[3]);
      return None;
    },
    getsockopt(args, kw) {
      checkArgs("getsockopt", args, kw, 2, 3);
      const s = asSocket(args[0]);
      checkOpen(s);
      const level = Number(index(args[1])), opt = Number(index(args[2]));
      const v = s.options.get(`${level}:${opt}`);
      if (level === CONSTANTS.SOL_SOCKET && opt === CONSTANTS.SO_TYPE) return s.type;
      if (level === CONSTANTS.SOL_SOCKET && opt === CONSTANTS.SO_ERROR) return 0;
      if (v === undefined) return 0;
      return intValue(v) !== undefined ? v : 0;
    },
    bind(args, kw) {
      checkArgs("bind", args, kw, 1, 1);
      const s = asSocket(args[0]);
      const a = sockAddr("bind", s, args[1]);
      checkOpen(s);
      bindTo(s, a);
      return None;
    },
    connect(args, kw) {
      checkArgs("connect", args, kw, 1, 1);
      const s = asSocket(args[0]);
      const a = sockAddr("connect", s, args[1]);
      checkOpen(s);
      if (s.type === SOCK_DGRAM) {
        connectDatagram(s, a);
        return None;
      }
      if (s.type !== SOCK_STREAM) return notSupported();
      const err = connectTo(s, a);
      if (err !== 0) throw osError(err);
      return None;
    },
    connect_ex(args, kw) {
      checkArgs("connect_ex", args, kw, 1, 1);
      const s = asSocket(args[0]);
      const a = sockAddr("connect_ex", s, args[1]);
      if (s.fd < 0) return EBADF;
      if (s.type !== SOCK_STREAM) return EOPNOTSUPP;
      return connectTo(s, a);
    },
    listen(args, kw) {
      checkArgs("listen", args, kw, 0, 1);
      const s = asSocket(args[0]);
      if (args.length > 1) index(args[1]);
      checkOpen(s);
      if (s.type !== SOCK_STREAM) return notSupported();
      if (endpoints.has(s.fd)) throw osError(22);
      if (listeners.has(s.fd)) return None;
      // An unbound socket gets an ephemeral port, as Linux's autobind does.
      if (s.boundKey === null) {
        if (s.family === AF_UNIX) throw osError(22);
        bindTo(s, { where: 0, host: s.family === AF_INET6 ? "::" : "0.0.0.0", value: null, path: null });
      }
      listeners.set(s.fd, { sock: s, queue: [] });
      return None;
    },
    _accept(args, kw) {
      checkArgs("_accept", args, kw, 0, 0);
      const s = asSocket(args[0]);
      checkOpen(s);
      const l = listeners.get(s.fd);
      if (l === undefined) throw osError(22);
      return waitFor(s, () => l.queue.length > 0, () => {
        const ep = l.queue.shift();
        if (ep === undefined) throw osError(EAGAIN);
        return new PyTuple([ep.fd, ep.remote ?? None]);
      }, args);
    },
    sendto(args, kw) {
      checkArgs("sendto", args, kw, 2, 3);
      const s = asSocket(args[0]);
      const data = dataArg(args[1]);
      if (args.length > 3) index(args[2]);
      const a = sockAddr("sendto", s, args[args.length - 1]);
      checkOpen(s);
      if (s.type !== SOCK_DGRAM) {
        if (endpoints.has(s.fd)) throw osError(EISCONN);
        throw osError(s.type === SOCK_STREAM ? EPIPE : EOPNOTSUPP);
      }
      return sendDatagram(s, data, a);
    },
  });
}

/** The address of an unbound socket of s's family (what the kernel reports for a socketpair end). */
function unboundName(s: PySocket): PyValue {
  if (s.family === AF_UNIX) return "";
  if (s.family === AF_INET6) return new PyTuple(["::", 0, 0, 0]);
  return new PyTuple(["0.0.0.0", 0]);
}

// ---- address helpers -------------------------------------------------------------------------

/** glibc's inet_aton: one to four parts, each decimal, octal (0...) or hex (0x...). */
function parseInetAton(text: string): number | null {
  const parts = text.split(".");
  if (parts.length > 4 || text === "") return null;
  const vals: number[] = [];
  for (const p of parts) {
    let m: RegExpMatchArray | null;
    let v: number;
    if ((m = /^0[xX]([0-9a-fA-F]*)$/.exec(p)) !== null) v = m[1] === "" ? 0 : parseInt(m[1], 16);
    else if (/^0[0-7]*$/.test(p)) v = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) v = parseInt(p, 10);
    else return null;
    vals.push(v);
  }
  const last = vals.pop()!;
  for (const v of vals) if (v > 255) return null;
  const lastMax = [0xffffffff, 0xffffff, 0xffff, 0xff][vals.length];
  if (last > lastMax) return null;
  let n = 0;
  vals.forEach((v, i) => (n += v * 2 ** (24 - 8 * i)));
  return n + last;
}

/** inet_pton(AF_INET): exactly four decimal parts without leading zeros. */
function parseIPv4(text: string): Uint8Array | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(parts[i])) return null;
    const v = parseInt(parts[i], 10);
    if (v > 255) return null;
    out[i] = v;
  }
  return out;
}

function parseIPv6(text: string): Uint8Array | null {
  let head = text, tail = "";
  const dbl = text.indexOf("::");
  if (dbl >= 0) {
    head = text.slice(0, dbl);
    tail = text.slice(dbl + 2);
    if (tail.includes("::")) return null;
  }
  const words = (s: string): number[] | null => {
    if (s === "") return [];
    const out: number[] = [];
    const groups = s.split(":");
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (i === groups.length - 1 && g.includes(".")) {
        const v4 = parseIPv4(g);
        if (v4 === null) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  const h = words(head), t = words(tail);
  if (h === null || t === null) return null;
  if (dbl >= 0 ? h.length + t.length > 7 : h.length !== 8) return null;
  const all = [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
  const out = new Uint8Array(16);
  all.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  });
  return out;
}

function formatIPv4(b: Uint8Array): string {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}

/** glibc's inet_ntop for IPv6: the longest run (of two or more) of zero words becomes "::". */
function formatIPv6(b: Uint8Array): string {
  const w: number[] = [];
  for (let i = 0; i < 8; i++) w.push((b[2 * i] << 8) | b[2 * i + 1]);
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) best = -1;
  let out = "";
  for (let i = 0; i < 8; i++) {
    if (best >= 0 && i >= best && i < best + bestLen) {
      if (i === best) out += ":";
      continue;
    }
    if (i !== 0) out += ":";
    if (i === 6 && best === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
      return out + formatIPv4(b.subarray(12));
    }
    out += w[i].toString(16);
  }
  if (best >= 0 && best + bestLen === 8) out += ":";
  return out;
}

function strArg(fname: string, v: PyValue, pos = 1): string {
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument ${pos} must be str, not ${typeName(v)}`);
  return s;
}

/** The C 32-bit unsigned conversion of htonl/ntohl. */
function uint32Arg(v: PyValue): number {
  if (intValue(v) === undefined) typeError(`expected int, ${typeName(v)} found`);
  const n = index(v);
  if (n < 0) raiseError(E.OverflowError, "can't convert negative value to unsigned int");
  if (n > 0xffffffff) raiseError(E.OverflowError, "int larger than 32 bits");
  return Number(n);
}

function uint16Arg(name: string, v: PyValue): number {
  if (intValue(v) === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = index(v);
  if (n < 0) raiseError(E.OverflowError, `${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (n > 0xffff) raiseError(E.OverflowError, `${name}: Python int too large to convert to C 16-bit unsigned integer`);
  return Number(n);
}

const swap16 = (n: number): number => ((n & 0xff) << 8) | (n >> 8);
const swap32 = (n: number): number => (((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24)) >>> 0;

const PROTOCOLS: Record<string, number> = { ip: 0, icmp: 1, tcp: 6, udp: 17, ipv6: 41, raw: 255 };

let gaierrorType: PyType;
let herrorType: PyType;

function gaiError(code: number, msg: string): never {
  throw call(gaierrorType, [code, msg]);
}

/** The addresses a host name stands for, without DNS: numeric addresses, 'localhost', None. */
function resolveHost(host: PyValue, family: number, passive: boolean): [number, string, number?][] {
  if (host === None) {
    const v6: [number, string, number?] = [AF_INET6, passive ? "::" : "::1"];
    const v4: [number, string, number?] = [AF_INET, passive ? "0.0.0.0" : "127.0.0.1"];
    return passive ? [v4, v6] : [v6, v4];
  }
  let name: string;
  if (host instanceof PyBytes) name = Buffer.from(host.data).toString("latin1");
  else {
    const s = strValue(host);
    if (s === undefined) typeError(`getaddrinfo() argument 1 must be string or None`);
    name = s;
  }
  const v4 = parseInetAton(name);
  if (v4 !== null && /^[0-9.]+$|^0[xX]/.test(name)) {
    const b = new Uint8Array([v4 >>> 24, (v4 >>> 16) & 0xff, (v4 >>> 8) & 0xff, v4 & 0xff]);
    return [[AF_INET, formatIPv4(b)]];
  }
  const [bare, zone] = name.split("%", 2) as [string, string | undefined];
  const v6 = parseIPv6(bare);
  if (v6 !== null) {
    if (zone === undefined) return [[AF_INET6, formatIPv6(v6)]];
    // A scope: an interface number, or the name of one (only the loopback's is known).
    const scope = /^[0-9]+$/.test(zone) ? Number(zone) : zone === "lo" ? 1 : -1;
    if (scope < 0) gaiError(-2, "Name or service not known");
    return [[AF_INET6, formatIPv6(v6), scope]];
  }
  if (name.toLowerCase() === "localhost") return [[AF_INET6, "::1"], [AF_INET, "127.0.0.1"]];
  // No resolver can be asked synchronously: report what glibc reports with no network.
  gaiError(-3, "Temporary failure in name resolution");
}

function getaddrinfo(args: PyValue[], kw: readonly string[] | null): PyValue {
  const [host, port, fam, typ, pro, fl] = parseArgs("getaddrinfo", args, kw,
    ["host", "port", "family", "type", "proto", "flags"], 2);
  let portNum = 0;
  let service: string | null = null;
  if (port === None) portNum = 0;
  else if (intValue(port!) !== undefined) portNum = Number(intValue(port!)) & 0xffff;
  else if (typeof port === "string" || port instanceof PyBytes) {
    const text = typeof port === "string" ? port : Buffer.from(port.data).toString("latin1");
    // A service name: its port for each socket type (/etc/services), see below.
    if (/^[0-9]+$/.test(text)) portNum = Number(text) & 0xffff;
    else service = text;
  } else raiseError(E.OSError, "Int or String expected");
  const family = intArg(fam, 0), type = intArg(typ, 0), proto = intArg(pro, 0), flags = intArg(fl, 0);
  if (family !== 0 && family !== AF_INET && family !== AF_INET6) gaiError(-6, "ai_family not supported");
  const passive = (flags & CONSTANTS.AI_PASSIVE) !== 0;
  let addrs = resolveHost(host!, family, passive);
  if (family !== 0) addrs = addrs.filter(([f]) => f === family);
  if (addrs.length === 0) gaiError(-9, "Address family for hostname not supported");
  let kinds: [number, number][] = [[SOCK_STREAM, 6], [SOCK_DGRAM, 17], [SOCK_RAW, 0]]
    .filter(([t, p]) => (type === 0 || t === type) && (proto === 0 || p === proto || t === SOCK_RAW)) as [number, number][];
  if (kinds.length === 0) gaiError(-7, "ai_socktype not supported");
  const ports = new Map<number, number>();
  if (service !== null) {
    // Only the socket types the service is known for (a raw socket has none).
    for (const [t] of kinds) {
      const p = t === SOCK_RAW ? undefined : serviceByName(service, t === SOCK_STREAM ? "tcp" : "udp");
      if (p !== undefined) ports.set(t, p);
    }
    kinds = kinds.filter(([t]) => ports.has(t));
    if (kinds.length === 0) gaiError(-8, "Servname not supported for ai_socktype");
  }
  const out: PyValue[] = [];
  for (const [f, a, scope] of addrs) {
    for (const [t, p] of kinds) {
      const pn = ports.get(t) ?? portNum;
      const sa = f === AF_INET ? new PyTuple([a, pn]) : new PyTuple([a, pn, 0, scope ?? 0]);
      out.push(new PyTuple([f, t, t === SOCK_RAW ? proto : p, "", sa]));
    }
  }
  return new PyList(out);
}

/** getnameinfo(sockaddr, flags): (host, port) as names, from the local databases (socket_netdb.ts). */
function getnameinfo(args: PyValue[], kw: readonly string[] | null): PyValue {
  checkArgs("getnameinfo", args, kw, 2, 2, 0);
  const [sa, fl] = args;
  if (!(sa instanceof PyTuple)) typeError("getnameinfo() argument 1 must be a tuple");
  if (intValue(fl) === undefined) typeError(`'${typeName(fl)}' object cannot be interpreted as an integer`);
  const flags = Number(index(fl));
  const items = sa.items;
  const illegal = "getnameinfo(): illegal sockaddr argument";
  if (items.length < 2 || items.length > 4 || strValue(items[0]) === undefined) typeError(illegal);
  for (const v of items.slice(1)) {
    if (intValue(v) === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const flowinfo = items.length > 2 ? Number(index(items[2])) : 0;
  if (flowinfo > 0xfffff || flowinfo < 0) raiseError(E.OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
  const host = strValue(items[0])!;
  const port = Number(BigInt.asUintN(16, BigInt(index(items[1]))));
  // The address must be numeric (CPython resolves it with AI_NUMERICHOST).
  let family: number, address: string;
  const v4 = parseIPv4(host);
  const v6 = v4 === null ? parseIPv6(host.split("%")[0]) : null;
  if (v4 !== null) [family, address] = [AF_INET, formatIPv4(v4)];
  else if (v6 !== null) [family, address] = [AF_INET6, formatIPv6(v6)];
  else gaiError(-2, "Name or service not known");
  if (family === AF_INET && items.length !== 2) raiseError(E.OSError, "IPv4 sockaddr must be 2 tuple");
  let name = address;
  if ((flags & CONSTANTS.NI_NUMERICHOST) === 0) {
    const found = hostByAddress(address);
    if (found !== undefined) name = found;
    else if ((flags & CONSTANTS.NI_NAMEREQD) !== 0) gaiError(-2, "Name or service not known");
  }
  let serv = String(port);
  if ((flags & CONSTANTS.NI_NUMERICSERV) === 0) {
    serv = serviceByPort(port, (flags & CONSTANTS.NI_DGRAM) !== 0 ? "udp" : "tcp") ?? serv;
  }
  return new PyTuple([name, serv]);
}

defineModule("_socket", (dict) => {
  initSocketType();
  for (const [name, v] of Object.entries(CONSTANTS)) dict.set(name, v);
  dict.set("has_ipv6", True);
  dict.set("socket", socketType);
  dict.set("SocketType", socketType);
  dict.set("error", E.OSError);
  dict.set("timeout", E.TimeoutError);
  herrorType = nativeType("socket", "herror", E.OSError);
  gaierrorType = nativeType("socket", "gaierror", E.OSError);
  dict.set("herror", herrorType);
  dict.set("gaierror", gaierrorType);

  defFunctions(dict, "_socket", {
    socketpair(args, kw) {
      checkArgs("socketpair", args, kw, 0, 3, 0);
      const family = intArg(args[0], AF_UNIX);
      let type = intArg(args[1], SOCK_STREAM);
      const proto = intArg(args[2], 0);
      if (family !== AF_UNIX) throw osError(EOPNOTSUPP);
      const nonblock = (type & SOCK_NONBLOCK) !== 0;
      type &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (type !== SOCK_STREAM && type !== SOCK_DGRAM && type !== SOCK_SEQPACKET) throw osError(22);
      const fa = reserveFd(), fb = reserveFd();
      const a = new Endpoint(fa, family, type, proto), b = new Endpoint(fb, family, type, proto);
      a.peer = b;
      b.peer = a;
      endpoints.set(fa, a);
      endpoints.set(fb, b);
      const make = (fd: number): PySocket => {
        const s = new PySocket(socketType);
        s.fd = fd;
        s.family = family;
        s.type = type;
        s.proto = proto;
        s.timeout = nonblock ? 0 : defaultTimeout;
        return s;
      };
      return new PyTuple([make(fa), make(fb)]);
    },
    close(args, kw) {
      checkArgs("close", args, kw, 1, 1, 0);
      const fd = Number(index(args[0]));
      if (endpoints.has(fd)) closeEndpoint(fd);
      else {
        try {
          fs.closeSync(fd);
        } catch {
          throw osError(EBADF);
        }
      }
      return None;
    },
    dup(args, kw) {
      checkArgs("dup", args, kw, 1, 1, 0);
      index(args[0]);
      return notSupported();
    },
    gethostname(args, kw) {
      checkArgs("gethostname", args, kw, 0, 0, 0);
      return nodeOs().hostname();
    },
    sethostname() {
      throw osError(1);
    },
    getdefaulttimeout(args, kw) {
      checkArgs("getdefaulttimeout", args, kw, 0, 0, 0);
      return timeoutValue(defaultTimeout);
    },
    setdefaulttimeout(args, kw) {
      checkArgs("setdefaulttimeout", args, kw, 1, 1, 0);
      defaultTimeout = parseTimeout(args[0]);
      return None;
    },
    htons(args, kw) {
      checkArgs("htons", args, kw, 1, 1, 0);
      return swap16(uint16Arg("htons", args[0]));
    },
    ntohs(args, kw) {
      checkArgs("ntohs", args, kw, 1, 1, 0);
      return swap16(uint16Arg("ntohs", args[0]));
    },
    htonl(args, kw) {
      checkArgs("htonl", args, kw, 1, 1, 0);
      return swap32(uint32Arg(args[0]));
    },
    ntohl(args, kw) {
      checkArgs("ntohl", args, kw, 1, 1, 0);
      return swap32(uint32Arg(args[0]));
    },
    inet_aton(args, kw) {
      checkArgs("inet_aton", args, kw, 1, 1, 0);
      const n = parseInetAton(strArg("inet_aton", args[0]));
      if (n === null) raiseError(E.OSError, "illegal IP address string passed to inet_aton");
      return new PyBytes(new Uint8Array([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]));
    },
    inet_ntoa(args, kw) {
      checkArgs("inet_ntoa", args, kw, 1, 1, 0);
      const b = bytesLike(args[0]);
      if (b === null) typeError(`a bytes-like object is required, not '${typeName(args[0])}'`);
      if (b.length !== 4) raiseError(E.OSError, "packed IP wrong length for inet_ntoa");
      return formatIPv4(b);
    },
    inet_pton(args, kw) {
      checkArgs("inet_pton", args, kw, 2, 2, 0);
      const af = Number(index(args[0]));
      const text = strArg("inet_pton", args[1], 2);
      let out: Uint8Array | null;
      if (af === AF_INET) out = parseIPv4(text);
      else if (af === AF_INET6) out = parseIPv6(text);
      else throw osError(EAFNOSUPPORT);
      if (out === null) raiseError(E.OSError, "illegal IP address string passed to inet_pton");
      return new PyBytes(out);
    },
    inet_ntop(args, kw) {
      checkArgs("inet_ntop", args, kw, 2, 2, 0);
      const af = Number(index(args[0]));
      const b = bytesLike(args[1]);
      if (b === null) typeError(`a bytes-like object is required, not '${typeName(args[1])}'`);
      if (af === AF_INET) {
        if (b.length !== 4) raiseError(E.ValueError, "invalid length of packed IP address string");
        return formatIPv4(b);
      }
      if (af === AF_INET6) {
        if (b.length !== 16) raiseError(E.ValueError, "invalid length of packed IP address string");
        return formatIPv6(b);
      }
      raiseError(E.ValueError, `unknown address family ${af}`);
    },
    getaddrinfo,
    gethostbyname(args, kw) {
      checkArgs("gethostbyname", args, kw, 1, 1, 0);
      const name = strArg("gethostbyname", args[0]);
      const addrs = resolveHost(name, AF_INET, false).filter(([f]) => f === AF_INET);
      if (addrs.length === 0) throw call(gaierrorType, [-9, "Address family for hostname not supported"]);
      return addrs[0][1];
    },
    getprotobyname(args, kw) {
      checkArgs("getprotobyname", args, kw, 1, 1, 0);
      const p = PROTOCOLS[strArg("getprotobyname", args[0])];
      if (p === undefined) raiseError(E.OSError, "protocol not found");
      return p;
    },
    getservbyname(args, kw) {
      checkArgs("getservbyname", args, kw, 1, 2, 0);
      const name = strArg("getservbyname", args[0]);
      const proto = args.length > 1 ? strArg("getservbyname", args[1], 2) : null;
      const port = serviceByName(name, proto);
      if (port === undefined) raiseError(E.OSError, "service/proto not found");
      return port;
    },
    getservbyport(args, kw) {
      checkArgs("getservbyport", args, kw, 1, 2, 0);
      if (intValue(args[0]) === undefined) typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`);
      const port = index(args[0]);
      if (port < 0 || port > 0xffff) raiseError(E.OverflowError, "getservbyport: port must be 0-65535.");
      const proto = args.length > 1 ? strArg("getservbyport", args[1], 2) : null;
      const name = serviceByPort(Number(port), proto);
      if (name === undefined) raiseError(E.OSError, "port/proto not found");
      return name;
    },
    getnameinfo,
    gethostbyaddr(args, kw) {
      checkArgs("gethostbyaddr", args, kw, 1, 1, 0);
      throw call(herrorType, [1, "Unknown host"]);
    },
    if_nameindex(args, kw) {
      checkArgs("if_nameindex", args, kw, 0, 0, 0);
      return notSupported();
    },
    if_nametoindex(args, kw) {
      checkArgs("if_nametoindex", args, kw, 1, 1, 0);
      raiseError(E.OSError, "no interface with this name");
    },
    if_indextoname(args, kw) {
      checkArgs("if_indextoname", args, kw, 1, 1, 0);
      throw osError(6);
    },
  });
}, "Implementation module for socket operations.\n\nSee the socket module for documentation.");

