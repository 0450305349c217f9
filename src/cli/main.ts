// The `typhon` command: CPython's command line (python3 --help), as far as Typhon runs code.

import * as fs from "fs";
import * as path from "path";
import { declaresEncoding, decodeSource, dump, formatSyntaxError, parse, parseBytes, PyParserMemoryError, PySyntaxError, SourceNeedsCodecs } from "../parser";
import { codeConfig, type CodeObject } from "../bytecode/code";
import { compile } from "../compiler";
import type { PyDict } from "../objects/pydict";
import { runMain, runModuleMain } from "../vm/interp";
import { inReplWorker, installStdinInput, interact, startTerminalRepl, stdinIsTTY } from "./repl";
import { installJit, paramsChanged } from "../jit/driver";
import { configureBaseline } from "../vm/baseline/compile";
import { JitParamError, setParams } from "../jit/params";
import { commandLine } from "../modules/sys";
import { stdioOptions } from "../modules/sysio";

export const VERSION = "Python 3.11.7 (typhon 0.1.0)";

const USAGE = `usage: typhon [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (a subset of CPython's):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-V     : print the Python version number and exit (also --version)
--jit off | --jit name=value,... : control the JIT compiler
--baseline off | --baseline threshold=N : control the baseline compiler (on by default)
--dump-ast [-a] [--no-type-comments] [-m mode] [-i N] file : print ast.dump(ast.parse(file)) like
         'python3 -m ast'
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;

class UsageError extends Error {}

function readInput(path: string): Uint8Array {
  if (path === "-") return fs.readFileSync(0);
  return fs.readFileSync(path);
}

/** `typhon --dump-ast`: the output of `python3 -m ast`. Returns the exit status. */
function dumpAst(args: string[]): number {
  let includeAttributes = false;
  let typeComments = true;
  let mode: "exec" | "eval" | "single" | "func_type" = "exec";
  let indent = 3;
  let file = "-";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-a" || a === "--include-attributes") includeAttributes = true;
    else if (a === "--no-type-comments") typeComments = false;
    else if (a === "-m" || a === "--mode") mode = args[++i] as typeof mode;
    else if (a === "-i" || a === "--indent") indent = Number(args[++i]);
    else file = a;
  }
  let bytes: Uint8Array;
  try {
    bytes = readInput(file);
  } catch (e) {
    process.stderr.write(`typhon: can't open file '${file}': ${(e as Error).message}\n`);
    return 2;
  }
  const filename = file === "-" ? "<stdin>" : file;
  try {
    const tree = parseBytes(bytes, { filename, mode, typeComments });
    process.stdout.write(dump(tree, { includeAttributes, indent }) + "\n");
    return 0;
  } catch (e) {
    return reportCompileError(e);
  }
}

/** Prints a SyntaxError (or the parser's MemoryError) as CPython does; returns the exit status. */
function reportCompileError(e: unknown, charOffsets = false): number {
  if (e instanceof PySyntaxError) {
    process.stderr.write(formatSyntaxError(e, charOffsets));
    return 1;
  }
  if (e instanceof PyParserMemoryError) {
    process.stderr.write("MemoryError\n");
    return 1;
  }
  throw e;
}

function notYet(what: string): number {
  process.stderr.write(`typhon: ${what} is not available yet: Typhon's interpreter is still being built (the parser works: try --dump-ast)\n`);
  return 2;
}

/** sys.orig_argv[0]: how this process was started (Node's argv0 unless that is Node itself, then the launcher). */
function origArgv0(): string {
  const a0 = process.argv0;
  if (a0 && a0 !== process.execPath && path.basename(a0) !== "node") return a0;
  return process.argv[1] ?? "typhon";
}

/** The source without its first line (-x), its newline kept so that line numbers stay right. */
function dropFirstLine(bytes: Uint8Array): Uint8Array {
  const nl = bytes.indexOf(10);
  return nl < 0 ? new Uint8Array(0) : bytes.subarray(nl);
}

/** Returns the exit status, or null when a terminal session was started (it exits the process). */
export function main(argv: string[]): number | null {
  let i = 0;
  let inspect = false;
  let quiet = false;
  let skipFirstLine = false;
  // On a terminal, an interactive session runs the interpreter in a worker thread (cli/repl.ts).
  const terminal = (): boolean => {
    if (inReplWorker() || !process.stdin.isTTY) return false;
    startTerminalRepl(argv);
    return true;
  };
  const after = () => (inspect ? (globals: PyDict) => interact(globals, false) : null);
  installStdinInput();
  installJit();
  configureBaseline("on");
  const opts = commandLine.opts;
  const warnOptions: string[] = [];
  const xOptions: Record<string, string | true> = {};
  opts.warnOptions = warnOptions;
  opts.xOptions = xOptions;
  commandLine.origArgv = [origArgv0(), ...argv];
  // The environment's options come first (unless -E or -I); the command line's are added to them.
  const finishOptions = (): void => {
    const env = (name: string): string | undefined => (opts.ignoreEnvironment ? undefined : process.env[name] || undefined);
    const level = (v: string | undefined): number => (v === undefined ? 0 : Math.max(1, parseInt(v, 10) || 1));
    if (env("PYTHONWARNINGS") !== undefined) {
      warnOptions.unshift(...env("PYTHONWARNINGS")!.split(",").map((w) => w.trim()).filter((w) => w !== ""));
    }
    opts.optimize = Math.max(opts.optimize ?? 0, level(env("PYTHONOPTIMIZE")));
    opts.verbose = Math.max(opts.verbose ?? 0, level(env("PYTHONVERBOSE")));
    if (env("PYTHONINSPECT") !== undefined) opts.inspect = true;
    if (env("PYTHONSAFEPATH") !== undefined) opts.safePath = true;
    if (env("PYTHONNOUSERSITE") !== undefined) opts.noUserSite = true;
    if (env("PYTHONDEVMODE") !== undefined) opts.devMode = true;
    if (env("PYTHONUNBUFFERED") !== undefined) opts.unbuffered = true;
    // The C or POSIX locale turns UTF-8 mode on (PEP 540), unless PYTHONUTF8 or -X utf8 says otherwise.
    const ctype = process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || "C";
    opts.utf8Mode = ctype === "C" || ctype === "POSIX";
    const utf8 = env("PYTHONUTF8");
    if (utf8 !== undefined) opts.utf8Mode = utf8 === "1";
    if (xOptions.dev !== undefined) opts.devMode = true;
    if (xOptions.utf8 !== undefined) opts.utf8Mode = xOptions.utf8 !== "0";
    if (xOptions.no_debug_ranges !== undefined || env("PYTHONNODEBUGRANGES") !== undefined) codeConfig.debugRanges = false;
    if (env("PYTHONWARNDEFAULTENCODING") !== undefined || xOptions.warn_default_encoding !== undefined) {
      opts.warnDefaultEncoding = true;
    }
    if (opts.devMode) warnOptions.unshift("default");
    const io = env("PYTHONIOENCODING");
    let encodingForced = false;
    if (io !== undefined) {
      const [enc, errors] = io.split(":");
      if (enc) {
        stdioOptions.encoding = enc;
        encodingForced = true;
      }
      if (errors) stdioOptions.errors = errors;
    }
    // UTF-8 mode, the C and POSIX locales and the locales CPython coerces to (C.UTF-8): stdin and
    // stdout use surrogateescape unless an encoding was chosen (config_get_stdio_errors).
    const legacyLocale = ctype === "C" || ctype === "POSIX" || /^(C\.UTF-?8|UTF-8)$/i.test(ctype);
    if ((opts.utf8Mode || legacyLocale) && !encodingForced && stdioOptions.errors === null) stdioOptions.errors = "surrogateescape";
    stdioOptions.unbuffered = opts.unbuffered === true;
  };
  while (i < argv.length) {
    const a = argv[i];
    if (a === "-h" || a === "-?" || a === "--help") {
      process.stdout.write(USAGE);
      return 0;
    }
    if (a === "-V" || a === "--version") {
      process.stdout.write(VERSION.split(" (")[0] + "\n");
      return 0;
    }
    if (a === "--dump-ast") return dumpAst(argv.slice(i + 1));
    if (a === "--jit") {
      if (i + 1 >= argv.length) throw new UsageError("Argument expected for the --jit option");
      try {
        setParams(argv[i + 1]);
      } catch (e) {
        if (e instanceof JitParamError) throw new UsageError(`--jit: ${e.message}`);
        throw e;
      }
      paramsChanged();
      i += 2;
      continue;
    }
    if (a === "--baseline") {
      if (i + 1 >= argv.length) throw new UsageError("Argument expected for the --baseline option");
      const err = configureBaseline(argv[i + 1]);
      if (err !== null) throw new UsageError(`--baseline: ${err}`);
      i += 2;
      continue;
    }
    if (a === "--") {
      i++;
      break;
    }
    if (a === "--check-hash-based-pycs") {
      i += 2;
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && !a.startsWith("--")) {
      // A cluster of single-letter options (getopt style): c, m, W and X take the rest of the
      // word or the next argument.
      let run: number | null | undefined;
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        if ("cmWX".includes(c)) {
          let value: string;
          if (k + 1 < a.length) value = a.slice(k + 1);
          else {
            if (i + 1 >= argv.length) throw new UsageError(`Argument expected for the -${c} option`);
            value = argv[++i];
          }
          if (c === "W") warnOptions.push(value);
          else if (c === "X") {
            const eq = value.indexOf("=");
            if (eq < 0) xOptions[value] = true;
            else xOptions[value.slice(0, eq)] = value.slice(eq + 1);
          } else {
            finishOptions();
            const rest = argv.slice(i + 1);
            if (c === "c") {
              if (inspect && terminal()) return null;
              return runSource(Buffer.from(value, "utf-8"), "<string>", ["-c", ...rest], after());
            }
            return runModuleMain(value, ["-m", ...rest]);
          }
          break;
        }
        switch (c) {
          case "b": opts.bytesWarning = (opts.bytesWarning ?? 0) + 1; break;
          case "B": opts.dontWriteBytecode = true; break;
          case "d": opts.debug = true; break;
          case "E": opts.ignoreEnvironment = true; break;
          case "i": inspect = true; opts.inspect = true; opts.interactive = true; break;
          case "I": opts.isolated = true; opts.ignoreEnvironment = true; opts.safePath = true; opts.noUserSite = true; break;
          case "O": opts.optimize = (opts.optimize ?? 0) + 1; break;
          case "P": opts.safePath = true; break;
          case "q": quiet = true; opts.quiet = true; break;
          case "R": break;
          case "s": opts.noUserSite = true; break;
          case "S": opts.noSite = true; break;
          case "u": opts.unbuffered = true; break;
          case "v": opts.verbose = (opts.verbose ?? 0) + 1; break;
          case "x": skipFirstLine = true; break;
          case "h": case "?": process.stdout.write(USAGE); return 0;
          case "V": process.stdout.write(VERSION.split(" (")[0] + "\n"); return 0;
          default: throw new UsageError(`Unknown option: -${c}`);
        }
      }
      void run;
      i++;
      continue;
    }
    if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    break;
  }
  finishOptions();
  if (i < argv.length) {
    const a = argv[i];
    if (a === "-") return runSource(fs.readFileSync(0), "<stdin>", ["-", ...argv.slice(i + 1)]);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(a);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why = err.code === "ENOENT" ? "[Errno 2] No such file or directory" : err.code === "EISDIR" ? "[Errno 21] Is a directory" : err.message;
      process.stderr.write(`typhon: can't open file '${a}': ${why}\n`);
      return 2;
    }
    if (skipFirstLine) bytes = dropFirstLine(bytes);
    if (inspect && terminal()) return null;
    // CPython makes the main script's path absolute (it shows in tracebacks as __file__).
    return runSource(bytes, path.resolve(a), argv.slice(i), after());
  }
  if (inspect || stdinIsTTY()) {
    if (terminal()) return null;
    // The interactive prompt (from a pipe with -i: prompts on stderr, as CPython's).
    const code = compile(parseBytes(new Uint8Array(0), { filename: "<stdin>" }), "<stdin>", { mode: "exec", source: "" });
    return runMain(code, "", "<stdin>", [""], null, (globals) => interact(globals, !quiet));
  }
  return runSource(fs.readFileSync(0), "<stdin>", [""]);
}

/**
 * Compiles a program (SyntaxErrors are reported here, as CPython does) and runs it as __main__;
 * then `inspect` (the interactive prompt of -i), even after a SyntaxError.
 */
function runSource(bytes: Uint8Array, filename: string, argv: string[], inspect: ((globals: PyDict) => number) | null = null): number {
  let code: CodeObject;
  let source: string;
  try {
    source = decodeSource(bytes, filename, true);
    const tree = parse(source, { filename, fileInput: true });
    code = compile(tree, filename, { mode: "exec", source });
  } catch (e) {
    if (e instanceof SourceNeedsCodecs && inspect === null) {
      // The coding cookie names a codec of the registry: compile once the interpreter is up.
      const dir = filename.startsWith("<") ? null : path.dirname(filename);
      return runMain(() => {
        try {
          const text = decodeSource(bytes, filename, true);
          return { code: compile(parse(text, { filename, fileInput: true }), filename, { mode: "exec", source: text }), source: text };
        } catch (err) {
          if (err instanceof PySyntaxError || err instanceof PyParserMemoryError) return reportCompileError(err, declaresEncoding(bytes));
          throw err; // a codec's own error: reported as uncaught
        }
      }, "", filename, argv, dir);
    }
    const status = reportCompileError(e, declaresEncoding(bytes));
    if (inspect === null) return status;
    source = "";
    code = compile(parseBytes(new Uint8Array(0), { filename }), filename, { mode: "exec", source });
  }
  const dir = filename.startsWith("<") ? null : path.dirname(filename);
  return runMain(code, source, filename, argv, dir, inspect);
}

/** Runs the command line; its exit status (null: a terminal session runs, and exits the process). */
export function run(argv: string[]): number | null {
  const status = runStatus(argv);
  if (status !== null) process.exitCode = status;
  return status;
}

/** main() with usage and internal errors reported; the exit status (null: a terminal session runs). */
export function runStatus(argv: string[]): number | null {
  let status: number | null;
  try {
    status = main(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${USAGE.split("\n")[0]}\nTry \`typhon -h' for more information.\n`);
      status = 2;
    } else {
      // An internal error: say so plainly; the JS stack only with TYPHON_DEBUG.
      const err = e as Error;
      process.stderr.write(`typhon: internal error: ${err && err.message ? err.message : String(e)}\n`);
      if (process.env.TYPHON_DEBUG) process.stderr.write(String(err && err.stack) + "\n");
      status = 70;
    }
  }
  return status;
}
