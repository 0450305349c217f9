// The parse-speed section of the benchmark report: bench/parse_stdlib.mjs.
import { measure } from "../parse_stdlib.mjs";

export async function run(ctx) {
  const m = measure({ runs: ctx?.opts?.quick ? 1 : 3 });
  const ratio = m.cpython / m.typhon;
  const markdown = [
    `Parsing all ${m.files} files (${m.lines} lines) of \`${m.root}\` to an AST, best of ${m.runs}:`,
    "",
    "| parser | time | files parsed | speed |",
    "| --- | ---: | ---: | ---: |",
    `| CPython \`compile(..., ast.PyCF_ONLY_AST)\` (${m.python}) | ${m.cpython.toFixed(2)} s | ${m.cpythonOk} | 1× |`,
    `| Typhon \`parseBytes\` | ${m.typhon.toFixed(2)} s | ${m.typhonOk} | ${ratio.toFixed(2)}× |`,
  ].join("\n");
  return { title: "Parsing the standard library", markdown, data: m };
}
