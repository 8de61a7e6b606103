#!/usr/bin/env node
/** The `defs` command: lint, compile and export definitions (`pnpm defs --help`). */
import { main } from "./main.ts";

process.exitCode = main(process.argv.slice(2));
