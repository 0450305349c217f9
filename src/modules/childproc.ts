// Child processes (docs/subprocess.md): started by a worker thread, waited for by the interpreter.
//
// The interpreter never returns to Node's event loop while Python runs, so a ChildProcess made on
// the main thread would never report its exit. Children are therefore spawned by a small worker
// thread (its own event loop, made on the first spawn): the interpreter posts it a spawn request
// and waits (Atomics.wait) for the answer, the pid or the errno of a failed exec; the worker
// reports each child's exit later. Answers come back as messages on a MessageChannel, read
// synchronously with receiveMessageOnPort; a shared counter bumped after each message (and
// `outside.wake`, which the green-thread scheduler sleeps on) tells the interpreter to look.
//
// An exited child whose status nobody has taken yet stays in `children` (a zombie, for waitpid).

import * as fs from "fs";
import type { MessagePort } from "worker_threads";
import { nodeWorkerThreads } from "../vm/nodelib";
import { outside } from "../vm/threads";

/** What the worker runs (plain JS: it is not part of the bundle). */
const WORKER_SOURCE = `
"use strict";
const { workerData } = require("worker_threads");
const { spawn } = require("child_process");
const { constants } = require("os");
const { port, seq, wake } = workerData;
function post(m) {
  port.postMessage(m);
  Atomics.add(seq, 0, 1);
  Atomics.notify(seq, 0);
  Atomics.notify(wake, 0);
}
port.on("message", (r) => {
  let child;
  try {
    child = spawn(r.file, r.args, { argv0: r.argv0, cwd: r.cwd, env: r.env, stdio: r.stdio, detached: r.detached,
      uid: r.uid, gid: r.gid });
  } catch (e) {
    post({ id: r.id, errno: -(e.errno | 0), code: String(e.code) });
    return;
  }
  if (child.pid === undefined) {
    child.once("error", (e) => post({ id: r.id, errno: -(e.errno | 0), code: String(e.code) }));
    return;
  }
  const pid = child.pid;
  child.on("error", () => {});
  child.once("exit", (code, signal) => {
    const status = signal ? ((constants.signals[signal] | 0) & 0x7f) : ((code | 0) & 0xff) << 8;
    post({ exited: pid, status });
  });
  post({ id: r.id, pid });
});
`;

export interface SpawnRequest {
  file: string;
  args: string[];
  argv0: string;
  cwd: string;
  env: Record<string, string>;
  /** The child's descriptors 0..n-1: a descriptor of this process, or "ignore" (closed). */
  stdio: (number | "ignore")[];
  detached: boolean;
  uid?: number;
  gid?: number;
}

interface Reply { id?: number; pid?: number; errno?: number; code?: string; exited?: number; status?: number }

/** Children not waited for yet: pid -> wait status once it has exited, else null. */
const children = new Map<number, number | null>();
/** Bumped by the worker after each message (made with the worker). */
let seq: Int32Array<ArrayBufferLike> = new Int32Array(0);
const replies = new Map<number, Reply>();
let port: MessagePort | null = null;
let nextId = 1;

function ensureWorker(): MessagePort {
  if (port !== null) return port;
  const { MessageChannel, Worker } = nodeWorkerThreads();
  const channel = new MessageChannel();
  seq = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: channel.port2, seq, wake: outside.wake },
    transferList: [channel.port2],
    // The worker needs none of the interpreter's arguments or environment.
    argv: [], execArgv: [], env: {}, stdout: false, stderr: false,
  });
  // Neither keeps the process alive: Python's exit does not wait for its children.
  worker.unref();
  channel.port1.unref();
  port = channel.port1;
  return port;
}

/**
 * Called as the exit of a child is learnt: SIGCHLD arrives (signal.ts sets it; its default
 * action is to do nothing). asyncio's SIGCHLD-driven child watchers wait for it.
 */
export const exitHook = { childExited: (): void => {} };

/** Takes the worker's messages that have arrived. */
function drain(): void {
  if (port === null) return;
  for (;;) {
    const m = nodeWorkerThreads().receiveMessageOnPort(port);
    if (m === undefined) return;
    const r = m.message as Reply;
    if (r.exited !== undefined) {
      if (children.has(r.exited)) children.set(r.exited, r.status!);
      freshExit = true;
      exitHook.childExited();
    } else if (r.id !== undefined) {
      // Registered at once: the exit may be among the messages taken by this same drain.
      if (r.pid !== undefined) children.set(r.pid, null);
      replies.set(r.id, r);
    }
  }
}

/** Error thrown by spawnChild: the errno (and Node's code) of the failed exec. */
export class SpawnError extends Error {
  constructor(readonly errno: number, readonly code: string) {
    super(code);
  }
}

/** Starts a child process; its pid. Throws SpawnError when it could not be started. */
export function spawnChild(req: SpawnRequest): number {
  const p = ensureWorker();
  const id = nextId++;
  p.postMessage({ id, ...req });
  for (;;) {
    const seen = Atomics.load(seq, 0);
    drain();
    const r = replies.get(id);
    if (r !== undefined) {
      replies.delete(id);
      if (r.pid === undefined) throw new SpawnError(r.errno ?? 0, r.code ?? "");
      return r.pid;
    }
    Atomics.wait(seq, 0, seen, 1000);
  }
}

export function isOpen(fd: number): boolean {
  try {
    fs.fstatSync(fd);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `f` (a spawn) with descriptors 0-2 open: libuv makes a pipe of its own for a spawn and
 * aborts the process if that pipe gets one of them, so closed ones are held on /dev/null meanwhile.
 */
export function withStdFdsOpen<T>(f: () => T): T {
  const held: number[] = [];
  for (let fd = 0; fd < 3; fd++) {
    if (!isOpen(fd)) held.push(fd);
  }
  for (const fd of held) {
    const got = fs.openSync("/dev/null", "r+");
    if (got !== fd) fs.closeSync(got);
  }
  try {
    return f();
  } finally {
    for (const fd of held) fs.closeSync(fd);
  }
}

/** Registers a pid that has already exited with `status` (an exec that failed before a process could run). */
export function addExited(pid: number, status: number): void {
  children.set(pid, status);
}

/** Whether there are children this process has not waited for (so something outside can wake a wait). */
export function haveChildren(): boolean {
  return children.size > 0;
}

/** Whether `pid` (> 0) is a child not yet waited for; for pid <= 0, whether there is any. */
export function isChild(pid: number): boolean {
  return pid > 0 ? children.has(pid) : children.size > 0;
}

/**
 * Takes the exit status of child `pid` (any child for pid <= 0) if it has exited: [pid, status],
 * or null while it runs. The caller checked isChild.
 */
export function takeExited(pid: number): [number, number] | null {
  drain();
  if (pid > 0) {
    const s = children.get(pid);
    if (s === undefined || s === null) return null;
    children.delete(pid);
    return [pid, s];
  }
  for (const [p, s] of children) {
    if (s !== null) {
      children.delete(p);
      return [p, s];
    }
  }
  return null;
}

// ---- process descriptors (os.pidfd_open) ---------------------------------------------------------
// A pidfd holds a real descriptor (/dev/null) so that its number is unique among the process's
// files; poll/epoll report it readable once its process has ended (select.ts asks pidfdExited).

/** Process descriptors: descriptor -> pid. */
const pidfds = new Map<number, number>();

/** os.pidfd_open: a descriptor for process `pid` (throws Node's error: ESRCH when there is none). */
export function openPidfd(pid: number): number {
  if (!children.has(pid)) process.kill(pid, 0);
  const fd = fs.openSync("/dev/null", "r");
  pidfds.set(fd, pid);
  return fd;
}

/** The descriptor is being closed: it is no pidfd any more. */
export function closePidfd(fd: number): void {
  pidfds.delete(fd);
}

/** Whether the process of pidfd `fd` has ended; undefined if `fd` is no pidfd. */
export function pidfdExited(fd: number): boolean | undefined {
  const pid = pidfds.get(fd);
  if (pid === undefined) return undefined;
  drain();
  const status = children.get(pid);
  // A child has ended once its status came (waited for or not).
  if (status !== undefined) return status !== null;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Waits under way for pipes that only other processes write (select.ts counts them): they too
 * can end from outside, as a grandchild that holds a child's output pipe exits.
 */
export const outsideWaits = { count: 0 };

/** An exit arrived since outside.active() last looked (what a wait checked before may have changed). */
let freshExit = false;

/**
 * Children still running: only they can end a wait from outside (an exited one not yet waited
 * for cannot); also true once after an exit arrives, so that the wait looks again.
 */
function running(): boolean {
  if (outsideWaits.count > 0) return true;
  drain();
  if (freshExit) {
    freshExit = false;
    return true;
  }
  for (const s of children.values()) if (s === null) return true;
  return false;
}

outside.active = running;
