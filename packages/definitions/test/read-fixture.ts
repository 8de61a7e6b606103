import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SourceFile } from "../src/load/load-definitions.ts";

export const fixturePath = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const readFixture = (name: string): SourceFile => ({
  path: name,
  text: readFileSync(fixturePath(name), "utf8"),
});
export const DEMO_FOLDER = fileURLToPath(new URL("../../../service-definitions", import.meta.url));
