// Typhon as a library.
export * as parser from "./parser";
export * as ast from "./parser/ast";
export * as symtable from "./compiler/symtable";
export { PyOpError } from "./objects/errors";
export * as compiler from "./compiler";
export * as bytecode from "./bytecode/code";
export { disassemble } from "./bytecode/dis";
export * as opcodes from "./bytecode/opcodes";
