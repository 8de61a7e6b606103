/**
 * Writes the generated artefacts of the definition format: the published JSON Schema and the
 * format reference in docs/. A test fails when either is out of date: run `pnpm generate`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderFormatReference } from "../src/docs/render-format-reference.ts";
import { createFormatSchema } from "../src/format-schema.ts";

export const SCHEMA_FILE = fileURLToPath(new URL("../schema/definition.schema.json", import.meta.url));
export const REFERENCE_FILE = fileURLToPath(new URL("../../../docs/definition-format.md", import.meta.url));

export const schemaText = () => `${JSON.stringify(createFormatSchema(), null, 2)}\n`;
export const referenceText = () => renderFormatReference(createFormatSchema());

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, schemaText());
  writeFileSync(REFERENCE_FILE, referenceText());
  console.log(`wrote ${SCHEMA_FILE}\nwrote ${REFERENCE_FILE}`);
}
