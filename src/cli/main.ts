// The `typhon` command: CPython's command line (python3 --help), as far as Typhon runs code.

import * as fs from "fs";
import * as path from "path";
import { isMainThread } from "worker_threads";
import { decodeSource, dump, formatSyntaxError, parseBytes, PyParserMemoryError, PySyntaxError } from "../parser";
import type { CodeObject } from "../bytecode/code";
import { compile } from "../compiler";
import type { PyDict } from "../objects/pydict";
import { runMain, runModuleMain } from "../vm/interp";
import { installStdinInput, interact, startTerminalRepl, stdinIsTTY } from "./repl";
import { installJit, paramsChanged } from "../jit/driver";
import { JitParamError, setParams } from "../jit/params";

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
function reportCompileError(e: unknown): number {
  if (e instanceof PySyntaxError) {
    process.stderr.write(formatSyntaxError(e));
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

/** Returns the exit status, or null when a terminal session was started (it exits the process). */
export function main(argv: string[]): number | null {
  let i = 0;
  let inspect = false;
  let quiet = false;
  // On a terminal, an interactive session runs the interpreter in a worker thread (cli/repl.ts).
  const terminal = (): boolean => {
    if (!isMainThread || !process.stdin.isTTY) return false;
    startTerminalRepl(argv);
    return true;
  };
  const after = () => (inspect ? (globals: PyDict) => interact(globals, false) : null);
  installStdinInput();
  installJit();
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
    if (a === "-c") {
      if (i + 1 >= argv.length) throw new UsageError("Argument expected for the -c option");
      if (inspect && terminal()) return null;
      return runSource(Buffer.from(argv[i + 1], "utf-8"), "<string>", ["-c", ...argv.slice(i + 2)], after());
    }
    if (a === "-m") {
      if (i + 1 >= argv.length) throw new UsageError("Argument expected for the -m option");
      return runModuleMain(argv[i + 1], ["-m", ...argv.slice(i + 2)]);
    }
    if (a === "-") return runSource(fs.readFileSync(0), "<stdin>", ["-", ...argv.slice(i + 1)]);
    if (a.startsWith("-") && a.length > 1) {
      // Single-letter flags CPython accepts; most change nothing here yet.
      if (/^-[BdEiIOqsSuvx]+$/.test(a) || a === "-X" || a === "-W") {
        if (a !== "-X" && a !== "-W" && a.includes("i")) inspect = true;
        if (a !== "-X" && a !== "-W" && a.includes("q")) quiet = true;
        i += a === "-X" || a === "-W" ? 2 : 1;
        continue;
      }
      throw new UsageError(`Unknown option: ${a}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(a);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why = err.code === "ENOENT" ? "[Errno 2] No such file or directory" : err.code === "EISDIR" ? "[Errno 21] Is a directory" : err.message;
      process.stderr.write(`typhon: can't open file '${a}': ${why}\n`);
      return 2;
    }
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
    source = decodeSource(bytes, filename);
    const tree = parseBytes(bytes, { filename, fileInput: true });
    code = compile(tree, filename, { mode: "exec", source });
  } catch (e) {
    const status = reportCompileError(e);
    if (inspect === null) return status;
    source = "";
    code = compile(parseBytes(new Uint8Array(0), { filename }), filename, { mode: "exec", source });
  }
  const dir = filename.startsWith("<") ? null : path.dirname(filename);
  return runMain(code, source, filename, argv, dir, inspect);
}

export function run(argv: string[]): void {
  const status = runStatus(argv);
  if (status !== null) process.exitCode = status;
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
