// The interactive prompt (`typhon` on a terminal, `typhon -i ...`): CPython 3.11's REPL.
//
// The read-eval-print loop (interact) runs wherever the interpreter runs and reads lines from a
// LineReader:
// - stdin not a terminal (`typhon -i < file`): lines are read synchronously from fd 0 and the
//   prompts go to stderr, as CPython does; everything runs on the main thread.
// - stdin a terminal: the interpreter runs in a worker thread, so that the main thread stays free
//   for Node's readline (line editing, history) and for SIGINT. The worker asks for a line with a
//   message and blocks in Atomics.wait until the main thread has posted the answer; Ctrl-C while
//   Python code runs sets a flag in shared memory that the eval loop polls (vm/runtime.ts
//   interruptFlag) and turns into KeyboardInterrupt.

import * as fs from "fs";
import type * as readline from "readline";
import type { MessagePort } from "worker_threads";
import { CodeFlag } from "../bytecode/code";
import { isInstance, str } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { newException, PyBaseException, toPyException } from "../objects/exceptions";
import { PyDict } from "../objects/pydict";
import * as A from "../parser/ast";
import { parse, PySyntaxError } from "../parser";
import { tokenize } from "../parser/tokenizer";
import { flushStd, isFastText, stdout as stdStdout, writeTo } from "../modules/sysio";
import { compileSource, flushStdout, printException, reportUncaught, runCode, syntaxErrorToPy, sysModule } from "../vm/interp";
import { runtime, setInterruptFlag } from "../vm/runtime";
import { nodeReadline, nodeWorkerThreads } from "../vm/nodelib";

/** Ctrl-C at a prompt (or in input()): the line being typed is dropped. */
class PromptInterrupt {}

/** Where the interactive loop gets its lines. read() returns null at end of input. */
interface LineReader {
  /** A line for the prompt (`prompt` is shown first); throws PromptInterrupt on Ctrl-C. */
  readPrompt(prompt: string): string | null;
  /** A line for input(): on a terminal with line editing; otherwise the prompt goes to sys.stdout. */
  readInput(prompt: string): string | null;
  /** Written when the session ends at EOF (CPython's newline after the last prompt). */
  atEof(): void;
}

// ---- lines from a pipe or file (synchronous reads of fd 0) ------------------------------------------

class PipedLines implements LineReader {
  private pending = "";
  private done = false;
  private readonly decoder = new TextDecoder("utf-8");
  private readonly buf = Buffer.alloc(65536);

  private next(): string | null {
    for (;;) {
      const nl = this.pending.indexOf("\n");
      if (nl >= 0) {
        const line = this.pending.slice(0, nl > 0 && this.pending.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
        this.pending = this.pending.slice(nl + 1);
        return line;
      }
      if (this.done) {
        if (this.pending === "") return null;
        const line = this.pending;
        this.pending = "";
        return line;
      }
      let n: number;
      try {
        n = fs.readSync(0, this.buf, 0, this.buf.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === "EOF") n = 0;
        else throw e;
      }
      if (n === 0) {
        this.done = true;
        this.pending += this.decoder.decode();
      } else {
        this.pending += this.decoder.decode(this.buf.subarray(0, n), { stream: true });
      }
    }
  }

  readPrompt(prompt: string): string | null {
    flushPython();
    writeFd(2, prompt);
    return this.next();
  }

  readInput(prompt: string): string | null {
    if (prompt !== "") {
      writeTo(sysModule.dict!.getStr("stdout") ?? stdStdout, prompt);
      flushPython();
    }
    return this.next();
  }

  atEof(): void {
    flushPython();
    writeFd(2, "\n");
  }
}

function writeFd(fd: number, s: string): void {
  const bytes = Buffer.from(s, "utf8");
  let off = 0;
  while (off < bytes.length) {
    try {
      off += fs.writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue;
      return;
    }
  }
}

/** Flushes sys.stdout (whatever it is now) and the standard streams. */
function flushPython(): void {
  flushStdout();
  flushStd();
}

// ---- the terminal: the worker's side ------------------------------------------------------------------

/** What the main thread gives the worker (workerData). */
interface WorkerSetup {
  typhonRepl: true;
  argv: string[];
  /** Int32Array over it: [0] interrupt requested, [1] answer ready. */
  shared: SharedArrayBuffer;
  port: MessagePort;
  /** Where the prompts go: stdout if it is a terminal, else stderr. */
  promptFd: number;
}

type Request = { t: "line"; prompt: string };
type Answer = { t: "line"; line: string } | { t: "eof" } | { t: "interrupt" };

const INTERRUPT = 0;
const READY = 1;

class WorkerLines implements LineReader {
  private readonly ctl: Int32Array;
  constructor(private readonly setup: WorkerSetup) {
    this.ctl = new Int32Array(setup.shared);
  }

  private ask(prompt: string): string | null {
    flushPython();
    Atomics.store(this.ctl, READY, 0);
    this.setup.port.postMessage({ t: "line", prompt } satisfies Request);
    let msg: { message: Answer } | undefined;
    for (;;) {
      Atomics.wait(this.ctl, READY, 0, 1000);
      msg = nodeWorkerThreads().receiveMessageOnPort(this.setup.port);
      if (msg !== undefined) break;
    }
    const a = msg.message;
    if (a.t === "interrupt") throw new PromptInterrupt();
    if (a.t === "eof") return null;
    return a.line;
  }

  readPrompt(prompt: string): string | null {
    return this.ask(prompt);
  }

  readInput(prompt: string): string | null {
    return this.ask(prompt);
  }

  atEof(): void {
    writeFd(this.setup.promptFd, "\n");
  }
}

let workerSetup: WorkerSetup | null = null;

/**
 * The worker's process.argv ends with this, so that every other run learns it is not the worker
 * without loading worker_threads (docs/startup.md).
 */
const WORKER_MARK = "--typhon-repl-worker";

/** Is this the REPL's worker thread (where the interpreter runs for a terminal)? */
export function inReplWorker(): boolean {
  return workerSetup !== null;
}

/** In the REPL's worker thread: runs the command line there and reports the status. */
export function runReplWorker(run: (argv: string[]) => number): boolean {
  // (Returns only when this is not the worker.)
  if (process.argv[process.argv.length - 1] !== WORKER_MARK) return false;
  const { isMainThread, workerData } = nodeWorkerThreads();
  if (isMainThread || workerData === null || typeof workerData !== "object" || workerData.typhonRepl !== true) return false;
  workerSetup = workerData as WorkerSetup;
  setInterruptFlag(new Int32Array(workerSetup.shared));
  runtime.raiseInterrupt = raiseKeyboardInterrupt;
  // stdout is a terminal: line-buffered, as CPython's is.
  if (isFastText(stdStdout)) stdStdout.lineBuffering = true;
  let status: number;
  try {
    status = run(workerSetup.argv);
  } catch (e) {
    const err = e as Error;
    writeFd(2, `typhon: internal error: ${err && err.message ? err.message : String(e)}\n`);
    if (process.env.TYPHON_DEBUG) writeFd(2, String(err && err.stack) + "\n");
    status = 70;
  }
  // The worker's exit code is the status (main thread: worker.on("exit")).
  process.exit(status);
}

/** Is stdin a terminal (in the worker: was it one for the main thread)? */
export function stdinIsTTY(): boolean {
  if (workerSetup !== null) return true;
  return process.stdin.isTTY === true;
}

// ---- the terminal: the main thread's side -------------------------------------------------------------

/** Starts the interpreter in a worker and serves it lines read with readline; exits the process when it ends. */
export function startTerminalRepl(argv: string[]): void {
  const shared = new SharedArrayBuffer(8);
  const ctl = new Int32Array(shared);
  const { MessageChannel, Worker } = nodeWorkerThreads();
  const { port1, port2 } = new MessageChannel();
  const output = process.stdout.isTTY ? process.stdout : process.stderr;
  const setup: WorkerSetup = { typhonRepl: true, argv, shared, port: port2, promptFd: output === process.stdout ? 1 : 2 };
  const worker = new Worker(__filename, { workerData: setup, transferList: [port2], stdin: false, argv: [WORKER_MARK] });
  let history: string[] = [];
  let rl: readline.Interface | null = null;
  let finished = false;

  const answer = (a: Answer) => {
    port1.postMessage(a);
    Atomics.store(ctl, READY, 1);
    Atomics.notify(ctl, READY);
  };

  const finish = (status: number) => {
    if (finished) return;
    finished = true;
    if (rl !== null) rl.close();
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    process.exit(status);
  };

  // Ctrl-C while Python code runs (the terminal is not in raw mode then): ask the eval loop.
  // At a prompt in raw mode readline reports it itself (its "SIGINT" event).
  let promptInterrupt: (() => void) | null = null;
  process.on("SIGINT", () => {
    if (promptInterrupt !== null) promptInterrupt();
    else {
      Atomics.store(ctl, INTERRUPT, 1);
      // Wakes a worker that sleeps with Atomics.wait on the flag (an interruptible sleep).
      Atomics.notify(ctl, INTERRUPT);
    }
  });

  port1.on("message", (req: Request) => {
    // A Ctrl-C that came after the code had finished is dropped.
    Atomics.store(ctl, INTERRUPT, 0);
    let answered = false;
    const done = (a: Answer) => {
      if (answered) return;
      answered = true;
      promptInterrupt = null;
      const r = rl;
      rl = null;
      if (r !== null) r.close();
      answer(a);
    };
    const iface = nodeReadline().createInterface({
      input: process.stdin,
      output,
      terminal: process.stdin.isTTY === true && output.isTTY === true,
      history: history.slice(),
      historySize: 1000,
      removeHistoryDuplicates: false,
      prompt: req.prompt,
      tabSize: 4,
    });
    rl = iface;
    iface.on("history", (h: string[]) => {
      history = h.slice();
    });
    iface.on("line", (line: string) => done({ t: "line", line }));
    promptInterrupt = () => {
      output.write("\n");
      done({ t: "interrupt" });
    };
    iface.on("SIGINT", promptInterrupt);
    iface.on("close", () => done({ t: "eof" }));
    iface.prompt();
  });

  worker.on("error", (e: Error) => {
    process.stderr.write(`typhon: internal error: ${e && e.message ? e.message : String(e)}\n`);
    if (process.env.TYPHON_DEBUG) process.stderr.write(String(e && e.stack) + "\n");
    finish(70);
  });
  worker.on("exit", (code) => finish(code));
}

// ---- the loop ---------------------------------------------------------------------------------------

const COMPOUND = new Set([
  "If", "For", "AsyncFor", "While", "With", "AsyncWith", "Try", "TryStar", "FunctionDef", "AsyncFunctionDef",
  "ClassDef", "Match",
]);

const FUTURE_FLAGS = CodeFlag.FUTURE_DIVISION | CodeFlag.FUTURE_ABSOLUTE_IMPORT | CodeFlag.FUTURE_WITH_STATEMENT |
  CodeFlag.FUTURE_PRINT_FUNCTION | CodeFlag.FUTURE_UNICODE_LITERALS | CodeFlag.FUTURE_BARRY_AS_BDFL |
  CodeFlag.FUTURE_GENERATOR_STOP | CodeFlag.FUTURE_ANNOTATIONS;

/** Blank line at `>>> `, more lines wanted, compile and run, or a SyntaxError found before the end. */
type Verdict = "skip" | "more" | "run" | PySyntaxError;

const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/**
 * Input that ends inside brackets: CPython's parser reads it token by token and reports an error
 * as soon as it meets one, so the lines typed so far are parsed with the brackets closed after
 * them: an error within them is reported now, otherwise more lines are wanted.
 */
function inBrackets(text: string, nlines: number): Verdict {
  const tk = tokenize(text, "<stdin>");
  const closers = tk.parenStack.map((p) => CLOSERS[p.ch] ?? "").reverse().join("");
  try {
    parse(text + closers + "\n", { filename: "<stdin>", mode: "single" });
  } catch (e) {
    if (e instanceof PySyntaxError && e.lineno <= nlines && !/was never closed/.test(e.msg)) return e;
  }
  return "more";
}

/**
 * What to do with the lines typed so far, like CPython's interactive tokenizer and parser: a
 * statement that the parser could only continue with more input asks for more (`... `); a
 * compound statement ends with an empty line; any other error is reported at once.
 */
function classify(lines: string[]): Verdict {
  if (lines.length === 1 && /^[ \t\f]*(#.*)?$/.test(lines[0])) return "skip";
  const ended = lines.length > 1 && lines[lines.length - 1] === "";
  const body = ended ? lines.slice(0, -1) : lines;
  const text = body.join("\n") + "\n";
  let tree: A.mod;
  try {
    tree = parse(text, { filename: "<stdin>", mode: "single" });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return "run";
    if (/was never closed/.test(e.msg)) return inBrackets(text, body.length);
    // Triple-quoted strings and backslash continuations go on even after an empty line.
    if (/^unterminated triple-quoted string|^unexpected EOF while parsing/.test(e.msg)) return "more";
    if (ended) {
      // CPython's interactive tokenizer gives the empty line ending the statement a NEWLINE
      // token (at its column 0), after DEDENTs (without a position: offset 0, no end) when the
      // statement was indented: an error at the end of the input is at one of these.
      if (e.atEndOfInput === null) return "run";
      e.lineno = e.endLineno = body.length + 1;
      e.offset = e.atEndOfInput === "dedent" ? 0 : 1;
      e.endOffset = e.atEndOfInput === "dedent" ? -1 : 1;
      e.text = "";
      return e;
    }
    // The parser needed the tokens after the last line (an indented block, `else:`, `def` after a decorator).
    if (e.atEndOfInput !== null) return "more";
    if (/^\s*(match|case)\b.*:\s*(#.*)?$/.test(body[body.length - 1])) return "more";
    return "run";
  }
  if (!ended && tree._type === "Interactive" && tree.body.length > 0 && COMPOUND.has(tree.body[tree.body.length - 1]._type)) {
    return "more";
  }
  return "run";
}

function promptText(name: "ps1" | "ps2"): string {
  const v = sysModule.dict!.getStr(name);
  if (v === undefined) return "";
  try {
    return str(v);
  } catch {
    return "";
  }
}

let stdinLines: PipedLines | null = null;

/** The lines of the prompt and of input(): one reader, so that neither loses the other's input. */
function lineReader(): LineReader {
  if (workerSetup !== null) return new WorkerLines(workerSetup);
  return (stdinLines ??= new PipedLines());
}

/**
 * input() for programs (not only the prompt): reads lines from stdin (the terminal through the
 * prompt's worker). A module that installs its own runtime.input at start-up replaces this one.
 */
export function installStdinInput(): void {
  installInput(lineReader());
}

export const BANNER_HINT = 'Type "help", "copyright", "credits" or "license" for more information.';

/** The read-eval-print loop in `globals` (__main__'s); returns the exit status. */
export function interact(globals: PyDict, banner: boolean): number {
  const reader = lineReader();
  const sysd = sysModule.dict!;
  if (!sysd.has("ps1")) sysd.set("ps1", ">>> ");
  if (!sysd.has("ps2")) sysd.set("ps2", "... ");
  installInput(reader);
  if (banner) {
    const version = sysd.getStr("version");
    const platform = sysd.getStr("platform");
    writeFd(2, `Python ${version === undefined ? "3.11" : str(version)} on ${platform === undefined ? "linux" : str(platform)}\n${BANNER_HINT}\n`);
  }
  let futureFlags = 0;
  for (;;) {
    const lines: string[] = [];
    let verdict: Verdict = "skip";
    for (;;) {
      let line: string | null;
      try {
        line = reader.readPrompt(promptText(lines.length === 0 ? "ps1" : "ps2"));
      } catch (e) {
        if (!(e instanceof PromptInterrupt)) throw e;
        writeFd(2, "KeyboardInterrupt\n");
        lines.length = 0;
        continue;
      }
      if (line === null) {
        reader.atEof();
        if (lines.length === 0) return 0;
        // End of input in the middle of a statement: it ends there (the next read sees EOF again).
        lines.push("");
        verdict = classify(lines);
        if (verdict === "more") verdict = "run";
        break;
      }
      lines.push(line);
      verdict = classify(lines);
      if (verdict === "skip") lines.length = 0;
      else if (verdict !== "more") break;
    }
    if (verdict instanceof PySyntaxError) {
      report(syntaxErrorToPy(verdict));
      continue;
    }
    const body = lines[lines.length - 1] === "" && lines.length > 1 ? lines.slice(0, -1) : lines;
    const source = body.join("\n") + "\n";
    try {
      const code = compileSource(source, "<stdin>", "single", futureFlags);
      futureFlags |= code.flags & FUTURE_FLAGS;
      runCode(code, globals);
    } catch (e) {
      if (e instanceof PromptInterrupt) throw e;
      const exc = toPyException(e);
      if (isInstance(exc, E.SystemExit)) {
        return reportUncaught(exc);
      }
      report(exc);
    }
    flushPython();
  }
}

/** An exception that ends a statement: kept in sys.last_* and printed (sys.excepthook). */
function report(exc: PyBaseException): void {
  const sysd = sysModule.dict!;
  sysd.set("last_type", exc.cls);
  sysd.set("last_value", exc);
  sysd.set("last_traceback", exc.traceback);
  printException(exc);
}

function raiseKeyboardInterrupt(): void {
  throw newException(E.KeyboardInterrupt, null);
}

/** input() in an interactive session: reads from the same lines as the prompt. */
function installInput(reader: LineReader): void {
  runtime.input = (args) => {
    if (args.length > 1) throw newException(E.TypeError, `input expected at most 1 argument, got ${args.length}`);
    const prompt = args.length === 1 ? str(args[0]) : "";
    let line: string | null;
    try {
      line = reader.readInput(prompt);
    } catch (e) {
      if (e instanceof PromptInterrupt) throw newException(E.KeyboardInterrupt, null);
      throw e;
    }
    if (line === null) throw newException(E.EOFError, "EOF when reading a line");
    return line;
  };
}
