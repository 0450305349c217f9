// typhonjit: the JIT's controls for programs, as PyPy's `pypyjit` offers them.
//   set_param("threshold=200,trace_limit=3000"), set_param(threshold=200), set_param("off"),
//   set_param("default"), and get_stats() (a dict of the JIT's counters).

import { intValue, strValue } from "../objects/abstract";
import { raiseError, typeError } from "../objects/exceptions";
import * as E from "../objects/exceptions";
import { PyDict } from "../objects/pydict";
import { None, PyValue } from "../objects/types";
import { defFunctions, defineModule } from "./registry";
import { JitParamError, params, setParam, setParams, DEFAULTS } from "../jit/params";
import { paramsChanged, statsSnapshot } from "../jit/driver";

defineModule("typhonjit", (d: PyDict) => {
  defFunctions(d, "typhonjit", {
    set_param: (args: PyValue[], kwnames: readonly string[] | null) => {
      const nkw = kwnames === null ? 0 : kwnames.length;
      const pos = args.length - nkw;
      if (pos > 1) typeError(`set_param() takes at most 1 positional argument (${pos} given)`);
      try {
        if (pos === 1) {
          const s = strValue(args[0]);
          if (s === undefined) typeError("set_param() argument must be str");
          setParams(s);
        }
        for (let i = 0; i < nkw; i++) {
          const name = kwnames![i];
          const v = args[pos + i];
          if (name === "enable_opts") setParam(name, strValue(v) ?? "");
          else {
            const n = intValue(v);
            if (n === undefined) typeError(`set_param(): ${name} needs an int`);
            setParam(name, Number(n));
          }
        }
      } catch (e) {
        if (e instanceof JitParamError) raiseError(E.ValueError, e.message);
        throw e;
      }
      paramsChanged();
      return None;
    },
    get_params: () => {
      const r = new PyDict();
      for (const k of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) r.set(k, params[k] as PyValue);
      return r;
    },
    get_stats: () => {
      const r = new PyDict();
      for (const [k, v] of Object.entries(statsSnapshot())) r.set(k, v);
      return r;
    },
  });
});
