// The symbol table's second pass: decide the scope of every name (CPython 3.11's
// Python/symtable.c, `symtable_analyze` and its helpers).
//
// How it works. Each block is analyzed with three sets from its parents: `bound` (names bound in
// enclosing function blocks, null for the module), `global` (names declared global in enclosing
// blocks, minus those rebound since) and an output set `free` (names free in this block or its
// children, which a parent must provide). A name is
//   GLOBAL_EXPLICIT  if declared `global` here;
//   FREE             if declared `nonlocal` here, or used here and bound in an enclosing function;
//   LOCAL            if bound here (assignment, parameter, import, def, class, ...);
//   GLOBAL_IMPLICIT  otherwise (a global or a builtin).
// After the children are analyzed, a local of a function that a child needs becomes CELL. Class
// blocks are special: their names are not visible in nested blocks (so children get the class's
// parents' sets), a free variable of a method that is also bound in the class is marked
// DEF_FREE_CLASS in the class, and `__class__` is bound for the methods (the implicit class cell
// used by super() and __class__).

import {
  BlockType, Directive, Scope, SymbolTableEntry,
  DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, SCOPE_OFFSET,
} from "./symtable-entry";
import { symtableError } from "./symtable-visit";

/** Locates a SyntaxError at the first directive (global/nonlocal) naming a name. */
export type DirectiveError = (msg: string, d: Directive) => Error;

/** `symtable_analyze`: resolves the scopes of every block under `top`, in place. */
export function analyze(top: SymbolTableEntry, filename: string, source: string | null): void {
  const fail: DirectiveError = (msg, d) => symtableError(msg, filename, source, d.lineno, d.colOffset, d.endLineno, d.endColOffset);
  analyzeBlock(top, null, new Set(), new Set(), fail);
}

/** `analyze_block`: resolves `ste`'s names, then its children's; adds its free names to `free`. */
function analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>, fail: DirectiveError): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  // A class's names are invisible in nested blocks: they see what the class's parent sees
  // (taken before analyzeName edits `bound` and `global`).
  if (ste.type === BlockType.Class) {
    addAll(newGlobal, global);
    if (bound) addAll(newBound, bound);
  }
  for (const [name, flags] of ste.symbols) analyzeName(ste, scopes, name, flags, bound, local, free, global, fail);
  if (ste.type !== BlockType.Class) {
    if (ste.type === BlockType.Function) addAll(newBound, local);
    if (bound) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    // The implicit __class__ cell is visible in methods.
    newBound.add("__class__");
  }

  const allFree = new Set<string>();
  for (const child of ste.children) {
    analyzeChildBlock(child, newBound, newFree, newGlobal, allFree, fail);
    if (child.free || child.childFree) ste.childFree = true;
  }
  addAll(newFree, allFree);

  if (ste.type === BlockType.Function) analyzeCells(scopes, newFree);
  else if (ste.type === BlockType.Class) dropClassFree(ste, newFree);
  updateSymbols(ste, scopes, bound, newFree);
  addAll(free, newFree);
}

/** `analyze_child_block`: a child works on copies, so its bindings do not leak to siblings. */
function analyzeChildBlock(
  child: SymbolTableEntry, bound: Set<string>, free: Set<string>, global: Set<string>, childFree: Set<string>, fail: DirectiveError,
): void {
  const tempFree = new Set(free);
  analyzeBlock(child, new Set(bound), tempFree, new Set(global), fail);
  addAll(childFree, tempFree);
}

/** `analyze_name`: decides the scope of one name from its flags. */
function analyzeName(
  ste: SymbolTableEntry, scopes: Map<string, Scope>, name: string, flags: number,
  bound: Set<string> | null, local: Set<string>, free: Set<string>, global: Set<string>, fail: DirectiveError,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errorAtDirective(ste, name, `name '${name}' is nonlocal and global`, fail);
    scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level", fail);
    if (!bound.has(name)) throw errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`, fail);
    scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // Bound in an enclosing function: a free variable rather than a global.
  if (bound && bound.has(name)) {
    scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  // Declared global in an enclosing block: still only GLOBAL_IMPLICIT here (3.11 behaviour).
  if (!global.has(name) && ste.nested) ste.free = true;
  scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

/** `error_at_directive`: the error is placed at the first global/nonlocal naming `name`. */
function errorAtDirective(ste: SymbolTableEntry, name: string, msg: string, fail: DirectiveError): Error {
  const d = ste.directives.find((x) => x.name === name);
  if (!d) return new Error("BUG: internal directive bookkeeping broken");
  return fail(msg, d);
}

/** `analyze_cells`: a local that a nested block uses freely becomes a cell, and is no longer free. */
function analyzeCells(scopes: Map<string, Scope>, free: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== Scope.LOCAL || !free.has(name)) continue;
    scopes.set(name, Scope.CELL);
    free.delete(name);
  }
}

/** `drop_class_free`: a method's free `__class__` is provided by the class (the class cell). */
function dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
  if (free.delete("__class__")) ste.needsClassClosure = true;
}

/**
 * `update_symbols`: stores the scopes in the symbols, and passes the children's free names
 * through: a name free in a child and unknown here becomes FREE here too (if an enclosing
 * function binds it); in a class, a child's free name that the class binds or declares global
 * gets DEF_FREE_CLASS.
 */
function updateSymbols(ste: SymbolTableEntry, scopes: Map<string, Scope>, bound: Set<string> | null, free: Set<string>): void {
  const symbols = ste.symbols;
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
  const isClass = ste.type === BlockType.Class;
  // CPython walks a set here (string-hash order); the order only shows in the order of the
  // names added, which nothing depends on.
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      if (isClass && v & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    symbols.set(name, Scope.FREE << SCOPE_OFFSET);
  }
}

function addAll(to: Set<string>, from: Set<string>): void {
  for (const x of from) to.add(x);
}
