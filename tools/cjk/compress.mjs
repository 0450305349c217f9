// Compresses the tables tools/cjk/generate.py writes (src/modules/codecs_cjk_data/*.json) into
// the .json.br files Typhon reads at run time, and removes the .json files.
import { brotliCompressSync, constants } from "zlib";
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from "fs";
import { join } from "path";

const dir = join(import.meta.dirname, "..", "..", "src", "modules", "codecs_cjk_data");
for (const name of readdirSync(dir)) {
  if (!name.endsWith(".json")) continue;
  const raw = readFileSync(join(dir, name));
  const packed = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  writeFileSync(join(dir, name + ".br"), packed);
  unlinkSync(join(dir, name));
  console.log(name, raw.length, "->", packed.length);
}
