// pwd and grp: the password and group databases (CPython's Modules/pwdmodule.c, grpmodule.c),
// read from /etc/passwd and /etc/group, as glibc's "files" NSS source does (Node has no
// getpwuid/getgrgid). Fields are decoded like file names (UTF-8, surrogateescape).

import * as fs from "fs";
import { index, isInstance, repr, strValue, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, clinicArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { makeStructSeq, newStructSeqType } from "../objects/structseq";
import { floatType, intType, PyList, PyValue } from "../objects/types";
import { fsDecode } from "./posix";
import { defFunctions, defineModule } from "./registry";

/** The colon-separated records of a database file (comments and malformed lines skipped). */
function records(file: string, nfields: number): string[][] {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return [];
  }
  const out: string[][] = [];
  for (const line of fsDecode(data).split("\n")) {
    if (line === "" || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) continue;
    const f = line.split(":");
    if (f.length < nfields) continue;
    out.push(f.slice(0, nfields));
  }
  return out;
}

/**
 * A uid or gid argument (CPython's _Py_Uid_Converter): an index in 0..2**32-2, or -1 (which is
 * 2**32-1); otherwise the OverflowError the converter raises (pwd reports it as "not found").
 */
function idArg(v: PyValue, what: "uid" | "gid"): number {
  if (typeof v === "string" || isInstance(v, floatType) || (typeof v === "object" && !isInstance(v, intType) &&
      v.cls.lookup("__index__") === undefined)) {
    typeError(`${what} should be integer, not ${typeName(v)}`);
  }
  const n = BigInt(index(v));
  if (n === -1n || n === 2n ** 32n - 1n) return 2 ** 32 - 1;
  // Quirk copied from CPython: values that fit a C long but not an id are "less than minimum".
  if (n >= 2n ** 63n) raiseError(E.OverflowError, `${what} is greater than maximum`);
  if (n < 0n || n > 2n ** 32n - 2n) raiseError(E.OverflowError, `${what} is less than minimum`);
  return Number(n);
}

/** An id as CPython shows it in "not found" messages (as a signed C int). */
function idText(id: number): string {
  return id === 2 ** 32 - 1 ? "-1" : String(id);
}

function nameArg(fname: string, v: PyValue, clinicName: boolean): string {
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument ${clinicName ? "'name' " : ""}must be str, not ${typeName(v)}`);
  if (s.includes("\0")) raiseError(E.ValueError, "embedded null byte");
  return s;
}

function notFound(msg: string): never {
  raiseError(E.KeyError, msg);
}

// ---- pwd ------------------------------------------------------------------------------------------

const structPasswd = newStructSeqType({
  module: "pwd",
  name: "struct_passwd",
  doc: "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.",
  fields: [
    ["pw_name", "user name"], ["pw_passwd", "password"], ["pw_uid", "user id"], ["pw_gid", "group id"],
    ["pw_gecos", "real name"], ["pw_dir", "home directory"], ["pw_shell", "shell program"],
  ],
  nInSequence: 7,
});

function passwdEntry(f: string[]): PyValue {
  return makeStructSeq(structPasswd, [f[0], f[1], Number(f[2]), Number(f[3]), f[4], f[5], f[6]]);
}

const passwd = () => records("/etc/passwd", 7).filter((f) => /^\d+$/.test(f[2]) && /^\d+$/.test(f[3]));

defineModule("pwd", (d: PyDict) => {
  d.set("struct_passwd", structPasswd);
  defFunctions(d, "pwd", {
    getpwuid(args, kw) {
      checkArgs("pwd.getpwuid", args, kw, 1, 1, 0);
      let uid: number;
      try {
        uid = idArg(args[0], "uid");
      } catch (e) {
        if (e instanceof E.PyBaseException && isInstance(e, E.OverflowError)) notFound("getpwuid(): uid not found");
        throw e;
      }
      const f = passwd().find((r) => Number(r[2]) === uid);
      if (f === undefined) notFound(`getpwuid(): uid not found: ${idText(uid)}`);
      return passwdEntry(f);
    },
    getpwnam(args, kw) {
      checkArgs("pwd.getpwnam", args, kw, 1, 1, 0);
      const name = nameArg("getpwnam", args[0], false);
      const f = passwd().find((r) => r[0] === name);
      if (f === undefined) notFound(`getpwnam(): name not found: ${repr(args[0])}`);
      return passwdEntry(f);
    },
    getpwall(args, kw) {
      checkArgs("pwd.getpwall", args, kw, 0, 0, 0);
      return new PyList(passwd().map(passwdEntry));
    },
  });
}, "Access to the Unix password database.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.");

// ---- grp ------------------------------------------------------------------------------------------

const structGroup = newStructSeqType({
  module: "grp",
  name: "struct_group",
  doc: "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n",
  fields: [["gr_name", "group name"], ["gr_passwd", "password"], ["gr_gid", "group id"], ["gr_mem", "group members"]],
  nInSequence: 4,
});

function groupEntry(f: string[]): PyValue {
  const members = f[3] === "" ? [] : f[3].split(",");
  return makeStructSeq(structGroup, [f[0], f[1], Number(f[2]), new PyList(members)]);
}

const groups = () => records("/etc/group", 4).filter((f) => /^\d+$/.test(f[2]));

defineModule("grp", (d: PyDict) => {
  d.set("struct_group", structGroup);
  defFunctions(d, "grp", {
    getgrgid(args, kw) {
      const [id] = clinicArgs("getgrgid", args, kw, ["id"], 1);
      const gid = idArg(id!, "gid");
      const f = groups().find((r) => Number(r[2]) === gid);
      if (f === undefined) notFound(`getgrgid(): gid not found: ${idText(gid)}`);
      return groupEntry(f);
    },
    getgrnam(args, kw) {
      const [nameObj] = clinicArgs("getgrnam", args, kw, ["name"], 1);
      const name = nameArg("getgrnam", nameObj!, true);
      const f = groups().find((r) => r[0] === name);
      if (f === undefined) notFound(`getgrnam(): name not found: ${repr(nameObj!)}`);
      return groupEntry(f);
    },
    getgrall(args, kw) {
      checkArgs("grp.getgrall", args, kw, 0, 0, 0);
      return new PyList(groups().map(groupEntry));
    },
  });
}, "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nalso have an empty password.)  The group database entries are reported\nas tuples.");
