import { defineModule } from "./registry";
