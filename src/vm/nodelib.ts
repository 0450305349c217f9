// Node's built-in modules that Typhon needs only for some programs, loaded on first use.
//
// Each of them costs start-up time when loaded (tty loads net and the streams, crypto its
// whole family, worker_threads its messaging), and esbuild turns a top-level `import` of one
// into a require() run when the bundle loads. A file that needs one only now and then imports
// its type and calls the accessor here when it runs (docs/startup.md).

import { fstatSync } from "fs";
import type * as ChildProcess from "child_process";
import type * as Crypto from "crypto";
import type * as Os from "os";
import type * as Readline from "readline";
import type * as Tty from "tty";
import type * as V8 from "v8";
import type * as Vm from "vm";
import type * as WorkerThreads from "worker_threads";
import type * as Zlib from "zlib";

export const nodeChildProcess = (): typeof ChildProcess => require("child_process");
export const nodeCrypto = (): typeof Crypto => require("crypto");
export const nodeOs = (): typeof Os => require("os");
export const nodeReadline = (): typeof Readline => require("readline");
export const nodeTty = (): typeof Tty => require("tty");
export const nodeV8 = (): typeof V8 => require("v8");
export const nodeVm = (): typeof Vm => require("vm");
export const nodeWorkerThreads = (): typeof WorkerThreads => require("worker_threads");
export const nodeZlib = (): typeof Zlib => require("zlib");

/** Linux's major number of /dev/null, /dev/zero, /dev/urandom...: none of them is a terminal. */
const LINUX_MEM_MAJOR = 1;

/**
 * isatty(fd): a terminal is a character device, so a file or a pipe (the usual standard streams
 * of a program run by another), and /dev/null on Linux, are answered by one fstat without
 * loading Node's tty module.
 */
export function isatty(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (process.platform === "linux" && ((st.rdev >>> 8) & 0xfff) === LINUX_MEM_MAJOR) return false;
  } catch {
    return false;
  }
  return nodeTty().isatty(fd);
}
