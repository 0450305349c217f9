// _stat: the file mode bits and flags of Linux and the S_IS*() / S_IMODE / S_IFMT / filemode
// functions (CPython's Modules/_stat.c; Lib/stat.py imports it with `from _stat import *`).
// As on CPython for Linux, the Windows FILE_ATTRIBUTE_* constants are not defined here (stat.py
// defines them itself).

import { intValue } from "../objects/abstract";
import { OverflowError, raiseError, typeError } from "../objects/exceptions";
import { checkArgs } from "../objects/native";
import { bool, PyValue } from "../objects/types";
import { defFunctions, defineModule } from "./registry";

export const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFBLK = 0o060000;
export const S_IFREG = 0o100000;
export const S_IFIFO = 0o010000;
export const S_IFLNK = 0o120000;
export const S_IFSOCK = 0o140000;

const CONSTANTS: Record<string, number> = {
  S_IFDIR, S_IFCHR, S_IFBLK, S_IFREG, S_IFIFO, S_IFLNK, S_IFSOCK, S_IFDOOR: 0, S_IFPORT: 0, S_IFWHT: 0,
  S_ISUID: 0o4000, S_ISGID: 0o2000, S_ENFMT: 0o2000, S_ISVTX: 0o1000,
  S_IREAD: 0o400, S_IWRITE: 0o200, S_IEXEC: 0o100,
  S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100,
  S_IRWXG: 0o070, S_IRGRP: 0o040, S_IWGRP: 0o020, S_IXGRP: 0o010,
  S_IRWXO: 0o007, S_IROTH: 0o004, S_IWOTH: 0o002, S_IXOTH: 0o001,
  UF_NODUMP: 0x1, UF_IMMUTABLE: 0x2, UF_APPEND: 0x4, UF_OPAQUE: 0x8, UF_NOUNLINK: 0x10, UF_COMPRESSED: 0x20,
  UF_HIDDEN: 0x8000, SF_ARCHIVED: 0x10000, SF_IMMUTABLE: 0x20000, SF_APPEND: 0x40000, SF_NOUNLINK: 0x100000,
  SF_SNAPSHOT: 0x200000,
  ST_MODE: 0, ST_INO: 1, ST_DEV: 2, ST_NLINK: 3, ST_UID: 4, ST_GID: 5, ST_SIZE: 6, ST_ATIME: 7, ST_MTIME: 8,
  ST_CTIME: 9,
};

/** A mode_t argument: an exact int (no __index__) that fits in 32 unsigned bits. */
function modeArg(v: PyValue): number {
  const m = intValue(v);
  if (m === undefined) typeError("an integer is required");
  if (m < 0) raiseError(OverflowError, "can't convert negative value to unsigned int");
  if (BigInt(m) >= 2n ** 64n) raiseError(OverflowError, "Python int too large to convert to C unsigned long");
  if (BigInt(m) >= 2n ** 32n) raiseError(OverflowError, "mode out of range");
  return Number(m);
}

/** The type letter of `ls -l` for the file type bits of a mode. */
function fileTypeChar(mode: number): string {
  switch (mode & S_IFMT) {
    case S_IFLNK: return "l";
    case S_IFSOCK: return "s";
    case S_IFREG: return "-";
    case S_IFBLK: return "b";
    case S_IFDIR: return "d";
    case S_IFCHR: return "c";
    case S_IFIFO: return "p";
    default: return "?";
  }
}

/** '-rwxr-xr-x' for a mode, as `ls -l` shows it (setuid/setgid/sticky as s/S, t/T). */
export function filemode(mode: number): string {
  const special = (bit: number, x: number, on: string) =>
    mode & bit ? (mode & x ? on : on.toUpperCase()) : (mode & x ? "x" : "-");
  return fileTypeChar(mode) +
    (mode & 0o400 ? "r" : "-") + (mode & 0o200 ? "w" : "-") + special(0o4000, 0o100, "s") +
    (mode & 0o040 ? "r" : "-") + (mode & 0o020 ? "w" : "-") + special(0o2000, 0o010, "s") +
    (mode & 0o004 ? "r" : "-") + (mode & 0o002 ? "w" : "-") + special(0o1000, 0o001, "t");
}

defineModule("_stat", (dict) => {
  for (const [name, value] of Object.entries(CONSTANTS)) dict.set(name, value);
  const oneMode = (name: string, f: (mode: number) => PyValue) => (args: PyValue[], kw: readonly string[] | null) => {
    checkArgs(`_stat.${name}`, args, kw, 1, 1, 0);
    return f(modeArg(args[0]));
  };
  const isType = (t: number) => (m: number) => bool((m & S_IFMT) === t);
  defFunctions(dict, "_stat", {
    S_ISDIR: oneMode("S_ISDIR", isType(S_IFDIR)),
    S_ISCHR: oneMode("S_ISCHR", isType(S_IFCHR)),
    S_ISBLK: oneMode("S_ISBLK", isType(S_IFBLK)),
    S_ISREG: oneMode("S_ISREG", isType(S_IFREG)),
    S_ISFIFO: oneMode("S_ISFIFO", isType(S_IFIFO)),
    S_ISLNK: oneMode("S_ISLNK", isType(S_IFLNK)),
    S_ISSOCK: oneMode("S_ISSOCK", isType(S_IFSOCK)),
    // No doors, event ports or whiteouts on Linux.
    S_ISDOOR: oneMode("S_ISDOOR", () => bool(false)),
    S_ISPORT: oneMode("S_ISPORT", () => bool(false)),
    S_ISWHT: oneMode("S_ISWHT", () => bool(false)),
    S_IMODE: oneMode("S_IMODE", (m) => m & 0o7777),
    S_IFMT: oneMode("S_IFMT", (m) => m & S_IFMT),
    filemode: oneMode("filemode", filemode),
  });
}, "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n");
