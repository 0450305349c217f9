// _posixsubprocess: fork_exec, the start of a child process for subprocess.Popen (docs/subprocess.md).
//
// Node cannot fork this process, so the child is spawned by childproc.ts's worker thread with the
// descriptor plan, directory, environment and session Popen asked for. What the C version's
// child does between fork and exec is done here, before the spawn, so that its failures reach
// Popen as they do in CPython, through the error pipe ("OSError:<hex errno>:" for an exec that
// failed, "...:noexec" for the chdir): the executable is looked for along executable_list (the
// first candidate that exists and may be executed), and cwd is checked.
//
// Not supported: preexec_fn (no Python code can run in the child before exec: RuntimeError),
// extra_groups (setgroups) and process_group other than 0 (NotImplementedError). Descriptors this
// process opens are close-on-exec, so a child gets 0-2, pass_fds, and with close_fds=False the
// descriptors os.set_inheritable marked.

import * as fs from "fs";
import * as path from "path";
import { callMethod, index, intValue, strValue, toArray, truthy } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { None, PyBytes, PyValue } from "../objects/types";
import { addExited, isOpen, spawnChild, SpawnError, SpawnRequest, withStdFdsOpen } from "./childproc";
import { errnoOf } from "./errno";
import { childPipeInodes, inheritable } from "./fdwait";
import { descriptorForChild, fspath } from "./posix";
import { defFunctions, defineModule } from "./registry";

const ENOENT = 2, ENOEXEC = 8, EACCES = 13, ENOTDIR = 20, EINVAL = 22;

/** The text of a str or bytes argument (bytes as UTF-8, as Node passes strings to exec). */
function text(v: PyValue): string {
  const p = fspath(v);
  const s = strValue(p);
  const t = s !== undefined ? s : Buffer.from((p as PyBytes).data).toString("utf8");
  if (t.includes("\0")) raiseError(E.ValueError, `embedded null byte`);
  return t;
}

function intOrMinus1(v: PyValue): number {
  if (v === None) return -1;
  return Number(index(v));
}

/** The first bytes of `file` (empty when it cannot be read). */
function head(file: string): string {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return "";
  }
  try {
    const b = Buffer.alloc(32);
    return b.subarray(0, fs.readSync(fd, b, 0, 32, 0)).toString("latin1");
  } catch {
    return "";
  } finally {
    fs.closeSync(fd);
  }
}

/** A script run by `#!/usr/bin/env node` (Typhon's launcher): then this Node runs it directly. */
function isNodeScript(start: string): boolean {
  return /^#!\s*\/usr\/bin\/env\s+node\s*\n/.test(start);
}

/**
 * Whether execve would refuse the file (ENOEXEC): neither an ELF binary nor a #! script. Node's
 * exec falls back to /bin/sh for those, as execvp does; Python's does not.
 */
function notExecutableFormat(start: string): boolean {
  return start !== "" && !start.startsWith("\x7fELF") && !start.startsWith("#!");
}

/**
 * The first candidate that exec could run ([path, 0]), or [null, errno] as execve would fail
 * for the list: the first error other than ENOENT/ENOTDIR, else the last one.
 */
function findExecutable(candidates: string[], cwd: string): [string | null, number] {
  let saved = 0;
  let last = ENOENT;
  for (const c of candidates) {
    const full = path.resolve(cwd, c);
    let err = 0;
    try {
      const st = fs.statSync(full);
      if (!st.isFile()) err = EACCES;
      else fs.accessSync(full, fs.constants.X_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err = code ? errnoOf(code) : ENOENT;
    }
    if (err === 0) return [full, 0];
    last = err;
    if (err !== ENOENT && err !== ENOTDIR && saved === 0) saved = err;
  }
  return [null, saved || last];
}

/** Why cwd cannot be the child's directory (an errno), or 0. */
function chdirError(cwd: string): number {
  try {
    const st = fs.statSync(cwd);
    if (!st.isDirectory()) return ENOTDIR;
    fs.accessSync(cwd, fs.constants.X_OK);
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code ? errnoOf(code) : ENOENT;
  }
}

/** Pids given to execs that failed before a process existed (above Linux's largest pid). */
let nextFailedPid = 4194304 + 1;

/** Reports an exec failure as the C child does, through the error pipe; the pid Popen will wait for. */
function reportFailure(errpipeWrite: number, errno: number, noexec: boolean): number {
  const msg = `OSError:${errno.toString(16)}:${noexec ? "noexec" : ""}`;
  try {
    fs.writeSync(errpipeWrite, Buffer.from(msg, "latin1"));
  } catch {
    // Popen then sees no report; the pid's exit status still says the exec failed.
  }
  const pid = nextFailedPid++;
  addExited(pid, 255 << 8);
  return pid;
}

function forkExec(args: PyValue[], kw: readonly string[] | null): PyValue {
  if (kw !== null && kw.length > 0) typeError("fork_exec() takes no keyword arguments");
  if (args.length !== 23) typeError(`fork_exec expected 23 arguments, got ${args.length}`);
  const [argv, exeList, closeFds, fdsToKeep, cwdArg, envList, p2cread, , , c2pwrite, , errwrite, ,
    errpipeWriteArg, , callSetsid, pgidToSet, gidArg, extraGroups, uidArg, childUmask, preexecFn] = args;
  const errpipeWrite = Number(index(errpipeWriteArg));
  const keep = toArray(fdsToKeep).map((v) => {
    const i = intValue(v);
    if (i === undefined || i < 0 || i > 2 ** 31 - 1) raiseError(E.ValueError, "bad value(s) in fds_to_keep");
    return Number(i);
  });
  if (preexecFn !== None) {
    // The child is started by exec alone: no Python code can run in it before the program starts.
    raiseError(E.RuntimeError, "preexec_fn is not supported by Typhon (a child process cannot run Python code before exec)");
  }
  if (extraGroups !== None) {
    raiseError(E.NotImplementedError, "extra_groups is not supported by Typhon");
  }
  const pgid = intOrMinus1(pgidToSet);
  if (pgid > 0) raiseError(E.NotImplementedError, "process_group other than 0 is not supported by Typhon");

  let argList: string[];
  if (argv === None) argList = [];
  else {
    const items = toArray(argv);
    argList = items.map((a) => text(a));
  }
  const candidates = toArray(exeList).map((e) => text(e));
  const cwd = cwdArg === None ? process.cwd() : text(cwdArg);

  let env: Record<string, string>;
  if (envList === None) env = { ...process.env } as Record<string, string>;
  else {
    env = {};
    for (const item of toArray(envList)) {
      const kv = text(item);
      const eq = kv.indexOf("=", 1);
      if (eq < 0) continue;
      env[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
  }

  // The descriptor plan: 0-2 from the pipes (-1: this process's own), then pass_fds at their numbers.
  const stdio: (number | "ignore")[] = [p2cread, c2pwrite, errwrite].map((v, i) => {
    const fd = Number(index(v));
    return fd === -1 ? i : fd;
  });
  // close_fds=False: the descriptors os.set_inheritable marked too (Node's are close-on-exec).
  if (!truthy(closeFds)) {
    for (const [fd, yes] of inheritable) if (yes && fd >= 3 && isOpen(fd)) keep.push(fd);
  }
  for (const fd of keep) {
    if (fd < 3 || fd === errpipeWrite) continue;
    while (stdio.length <= fd) stdio.push("ignore");
    stdio[fd] = fd;
  }

  if (cwdArg !== None) {
    const err = chdirError(cwd);
    if (err !== 0) return reportFailure(errpipeWrite, err, true);
  }
  const [file, errno] = findExecutable(candidates, cwd);
  if (file === null) return reportFailure(errpipeWrite, errno, false);

  const req: SpawnRequest = {
    file, args: argList.slice(1), argv0: argList.length > 0 ? argList[0] : file, cwd, env, stdio,
    detached: truthy(callSetsid) || pgid === 0,
  };
  if (uidArg !== None) req.uid = Number(index(uidArg));
  if (gidArg !== None) req.gid = Number(index(gidArg));
  const start = head(file);
  if (notExecutableFormat(start)) return reportFailure(errpipeWrite, ENOEXEC, false);
  if (isNodeScript(start)) {
    // Typhon's own launcher: started by this Node (the child's PATH need not find `node`).
    req.args = [file, ...req.args];
    req.file = process.execPath;
  }
  // The child's pipes: writes to their other ends may be held back (fdwait.ts).
  for (const fd of req.stdio) {
    if (typeof fd !== "number") continue;
    try {
      const st = fs.fstatSync(fd);
      if (st.isFIFO()) childPipeInodes.add(st.ino);
    } catch {
      // Closed: handled below.
    }
  }
  // Files whose position Typhon keeps (lseek) are given at that position.
  const opened: number[] = [];
  for (let k = 0; k < req.stdio.length; k++) {
    const fd = req.stdio[k];
    if (typeof fd === "number" && isOpen(fd)) req.stdio[k] = descriptorForChild(fd, opened);
  }
  // A closed descriptor 0-2 of this process: the child gets /dev/null there.
  for (let k = 0; k < 3; k++) {
    if (!isOpen(req.stdio[k] as number)) req.stdio[k] = "ignore";
  }
  // The umask is inherited at fork: set for the moment of the spawn (this thread waits meanwhile).
  const umask = Number(index(childUmask));
  const oldUmask = umask >= 0 ? process.umask(umask) : -1;
  try {
    return withStdFdsOpen(() => spawnChild(req));
  } catch (e) {
    if (e instanceof SpawnError) {
      const n = e.errno > 0 ? e.errno : errnoOf(e.code);
      return reportFailure(errpipeWrite, n === 5 && e.code === "" ? EINVAL : n, false);
    }
    throw e;
  } finally {
    if (oldUmask >= 0) process.umask(oldUmask);
    for (const fd of opened) fs.closeSync(fd);
  }
}

/**
 * os.spawnv and friends (os.py makes them from fork and exec, which Typhon cannot): starts `file`
 * with `argv` (and `env`, else this environment), sharing 0-2 and the inheritable descriptors, in
 * this directory; with `search`, a name without a slash is looked for along PATH. The pid; an exec
 * that fails gives a pid that exited with 127, as the forked child's _exit(127).
 */
export function spawnForOs(fileV: PyValue, argv: readonly PyValue[], envV: PyValue | null, search: boolean): number {
  const failed = (): number => {
    const pid = nextFailedPid++;
    addExited(pid, 127 << 8);
    return pid;
  };
  let file: string;
  let argList: string[];
  let env: Record<string, string>;
  try {
    file = text(fileV);
    argList = argv.map((a) => text(a));
    if (envV === null) env = { ...process.env } as Record<string, string>;
    else {
      env = {};
      for (const item of toArray(callMethod(envV, "items", []))) {
        const [k, v] = toArray(item);
        const key = text(k);
        // execve's "illegal environment variable name", raised in the child.
        if (key === "" || key.includes("=")) return failed();
        env[key] = text(v);
      }
    }
  } catch {
    // The child's exec would have raised: it exits with 127.
    return failed();
  }
  const cwd = process.cwd();
  const pathDirs = (env.PATH ?? process.env.PATH ?? "/bin:/usr/bin").split(":");
  const candidates = search && !file.includes("/") ? pathDirs.map((d) => path.join(d || ".", file)) : [file];
  const [exe] = findExecutable(candidates, cwd);
  if (exe === null) return failed();
  const stdio: (number | "ignore")[] = [0, 1, 2];
  for (const [fd, yes] of inheritable) {
    if (!yes || fd < 3 || !isOpen(fd)) continue;
    while (stdio.length <= fd) stdio.push("ignore");
    stdio[fd] = fd;
  }
  const req: SpawnRequest = { file: exe, args: argList.slice(1), argv0: argList[0], cwd, env, stdio, detached: false };
  const start = head(exe);
  if (notExecutableFormat(start)) return failed();
  if (isNodeScript(start)) {
    req.args = [exe, ...req.args];
    req.file = process.execPath;
  }
  const opened: number[] = [];
  for (let k = 0; k < req.stdio.length; k++) {
    const fd = req.stdio[k];
    if (typeof fd === "number" && isOpen(fd)) req.stdio[k] = descriptorForChild(fd, opened);
    else if (k < 3) req.stdio[k] = "ignore";
  }
  try {
    return withStdFdsOpen(() => spawnChild(req));
  } catch (e) {
    if (e instanceof SpawnError) return failed();
    throw e;
  } finally {
    for (const fd of opened) fs.closeSync(fd);
  }
}

defineModule("_posixsubprocess", (dict) => {
  defFunctions(dict, "_posixsubprocess", {
    fork_exec: forkExec,
  });
}, "A POSIX helper for the subprocess module.");
