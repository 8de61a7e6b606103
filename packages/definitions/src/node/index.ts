/** Node-only helpers of the definition model (file system access). */

export { type ExportedBundle, exportBundle } from "./export-bundle.ts";
export { readDefinitionFiles } from "./read-definition-files.ts";
