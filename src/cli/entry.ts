import { run, runStatus } from "./main";
import { runReplWorker } from "./repl";

// In the interactive prompt's worker thread (cli/repl.ts) the same bundle runs the command line.
if (!runReplWorker((argv) => runStatus(argv) ?? 0)) run(process.argv.slice(2));
