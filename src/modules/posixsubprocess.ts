// _posixsubprocess: present so that subprocess (and so asyncio) can be imported. Node cannot fork
// this process synchronously with an exec of the caller's choosing and its file-descriptor plan,
// so fork_exec raises OSError(ENOSYS) and subprocess.Popen fails with it.

import { osError } from "./posix";
import { defFunctions, defineModule } from "./registry";

const ENOSYS = 38;

defineModule("_posixsubprocess", (dict) => {
  defFunctions(dict, "_posixsubprocess", {
    fork_exec() {
      throw osError(ENOSYS);
    },
  });
}, "A POSIX helper for the subprocess module.");
