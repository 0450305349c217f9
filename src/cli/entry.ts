import { run, runStatus } from "./main";
import { runReplWorker } from "./repl";

// In the interactive prompt's worker thread (cli/repl.ts) the same bundle runs the command line.
if (!runReplWorker((argv) => runStatus(argv) ?? 0)) {
  const status = run(process.argv.slice(2));
  // The program has finished (Typhon runs nothing on Node's event loop afterwards, and its output
  // is written synchronously): exit now. Returning to the event loop first waits for V8's
  // background jobs (optimizing compilations of the hot functions) to finish, 30-80 ms after a
  // busy run.
  if (status !== null) process.exit(status);
}
