import { defineModule } from "./registry";
defineModule("cmath", () => {});
