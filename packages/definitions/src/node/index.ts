/** Node-only helpers of the definition model (file system access). */
export { readDefinitionFiles } from "./read-definition-files.ts";
export { exportBundle, type ExportedBundle } from "./export-bundle.ts";
