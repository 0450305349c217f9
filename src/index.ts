// Typhon as a library.
export * as parser from "./parser";
export * as ast from "./parser/ast";
export * as symtable from "./compiler/symtable";
export { PyOpError } from "./objects/errors";
