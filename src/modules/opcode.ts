// _opcode: stack_effect for the `dis` module. Opcode numbers are CPython 3.11's (opcode.py's
// opmap); each is mapped by name onto Typhon's instruction table (bytecode/opcodes.ts), and
// the few CPython instructions Typhon has no use for (CACHE, PRECALL, EXTENDED_ARG and the
// specialized forms) get CPython's effects here.

import { call, getAttr, intValue, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { parseArgs } from "../objects/native";
import { None, PyList, PyValue } from "../objects/types";
import { ArgKind, OPCODES, stackEffect } from "../bytecode/opcodes";
import { builtinsDict } from "./builtins";
import { defFunctions, defineModule } from "./registry";

const byName = new Map(OPCODES.map((o) => [o.name, o]));

/** CPython-only instructions: [needs an argument, effect (of the argument)]. */
const EXTRA: Record<string, [boolean, (arg: number) => number]> = {
  CACHE: [false, () => 0],
  EXTENDED_ARG: [true, () => 0],
  PRECALL: [true, (n) => -n],
  BINARY_SUBSCR_ADAPTIVE: [false, () => -1],
};

function opName(op: number): string | undefined {
  const mod = call(builtinsDict.getStr("__import__")!, ["opcode", None, None, None, 0]);
  const names = getAttr(mod, "opname");
  if (!(names instanceof PyList) || op < 0 || op >= names.items.length) return undefined;
  const n = strValue(names.items[op]);
  return n === undefined || n.startsWith("<") ? undefined : n;
}

defineModule("_opcode", (d) => {
  defFunctions(d, "_opcode", {
    stack_effect: (args, kw) => {
      const [opcode, oparg, jump] = parseArgs("stack_effect", args, kw, ["opcode", "oparg", "jump"], 1, 2, 2);
      const op = intValue(opcode!);
      if (op === undefined) typeError(`'${typeName(opcode!)}' object cannot be interpreted as an integer`);
      const name = opName(Number(op));
      const info = name === undefined ? undefined : byName.get(name);
      const extra = name === undefined ? undefined : EXTRA[name];
      if (info === undefined && extra === undefined) raiseError(E.ValueError, "invalid opcode or oparg");
      const hasArg = info !== undefined ? info.arg !== ArgKind.None : extra![0];
      if (oparg === undefined || oparg === None) {
        if (hasArg) raiseError(E.ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
      } else if (!hasArg) {
        raiseError(E.ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
      }
      const arg = oparg === undefined || oparg === None ? 0 : Number(intValue(oparg) ?? 0);
      if (extra !== undefined) return extra[1](arg);
      const eff = (j: boolean) => {
        const [pops, pushes] = stackEffect(info!.op, arg, j);
        return pushes - pops;
      };
      if (jump === undefined || jump === None) return Math.max(eff(true), eff(false));
      return eff(truthy(jump));
    },
    get_specialization_stats: () => None,
  });
}, "Opcode support module.");
