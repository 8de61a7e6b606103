import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { SourceFile } from "../load/load-definitions.ts";

const DEFINITION_FILE = /\.(ya?ml|json)$/i;

/**
 * Reads every YAML and JSON file under the given files or folders (recursively, skipping hidden
 * folders and node_modules), in a stable order, with paths relative to `cwd` for messages.
 */
export function readDefinitionFiles(paths: readonly string[], cwd = process.cwd()): SourceFile[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry.startsWith(".") || entry === "node_modules") continue;
        visit(join(path, entry));
      }
    } else if (DEFINITION_FILE.test(path)) {
      found.push(path);
    }
  };
  for (const path of paths) visit(path);
  return found.map((path) => ({ path: relative(cwd, path) || path, text: readFileSync(path, "utf8") }));
}
