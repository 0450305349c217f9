// _warnings: the C accelerator of the warnings module, reduced to what importlib needs before
// `warnings` can be imported: warn() and warn_explicit() hand over to the pure-Python warnings
// module (which, finding no filters here, uses its own implementation of everything).

import { call, getAttr } from "../objects/abstract";
import { None, PyValue } from "../objects/types";
import { builtinsDict } from "./builtins";
import { defFunctions, defineModule } from "./registry";

function warningsModule(): PyValue {
  return call(builtinsDict.getStr("__import__")!, ["warnings", None, None, None, 0]);
}

defineModule("_warnings", (d) => {
  defFunctions(d, "_warnings", {
    warn: (args, kw) => {
      // stacklevel counts from the caller of warn(); the Python function adds its own frame.
      return call(getAttr(warningsModule(), "warn"), args, kw);
    },
    warn_explicit: (args, kw) => call(getAttr(warningsModule(), "warn_explicit"), args, kw),
    _filters_mutated: () => None,
  });
}, "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.");
