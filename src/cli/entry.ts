import { run } from "./main";

run(process.argv.slice(2));
