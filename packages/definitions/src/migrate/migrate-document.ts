import { API_VERSION } from "../constants.ts";
import { MIGRATIONS, type Migration } from "./migrations.ts";

export type MigrationResult =
  | { ok: true; document: Record<string, unknown>; migratedFrom?: string }
  | { ok: false; message: string };

/**
 * Brings a document written for an older format version up to the current one by applying the
 * migration steps in order. A document already current is returned unchanged.
 *
 * @example
 * ```ts
 * const result = migrateDocument(yaml.parse(text));
 * if (result.ok) load(result.document);
 * ```
 */
export function migrateDocument(
  document: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target: string = API_VERSION,
): MigrationResult {
  const original = document.apiVersion;
  if (typeof original !== "string") {
    return { ok: false, message: `\`apiVersion\` is required as a text; write \`apiVersion: ${target}\`` };
  }
  let current = document;
  for (let steps = 0; current.apiVersion !== target; steps++) {
    const step = migrations.find((migration) => migration.from === current.apiVersion);
    if (!step || steps > migrations.length) {
      const known = [target, ...migrations.map((migration) => migration.from)];
      return {
        ok: false,
        message: `unknown format version \`${String(original)}\`; this platform reads ${known.map((v) => `\`${v}\``).join(", ")}`,
      };
    }
    current = { ...step.migrate(structuredClone(current)), apiVersion: step.to };
  }
  return original === target
    ? { ok: true, document }
    : { ok: true, document: current, migratedFrom: String(original) };
}
