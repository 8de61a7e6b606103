import { z } from "zod";
import { KINDS } from "./constants.ts";
import { DefinitionDocument } from "./model/document.ts";

export const FORMAT_SCHEMA_ID = "https://civitas.invalid/schema/definition.schema.json";

/**
 * The published JSON Schema (draft-07) of the definition format, generated from the zod model, so
 * editors such as VS Code validate YAML definitions while they are typed.
 *
 * @example
 * ```ts
 * const schema = createFormatSchema();
 * writeFileSync("definition.schema.json", JSON.stringify(schema, null, 2));
 * ```
 */
export function createFormatSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DefinitionDocument, {
    target: "draft-07",
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      // A form's data schema is itself a draft-07 JSON Schema: let editors check it against the meta-schema.
      if (z.globalRegistry.get(zodSchema)?.description?.startsWith("JSON Schema (draft-07)")) {
        jsonSchema.$ref = "http://json-schema.org/draft-07/schema#";
        delete jsonSchema.type;
        delete jsonSchema.propertyNames;
        delete jsonSchema.additionalProperties;
      }
    },
  });
  const { oneOf: _byKind, ...rest } = schema;
  return {
    ...rest,
    $id: FORMAT_SCHEMA_ID,
    type: "object",
    required: ["apiVersion", "kind", "metadata", "spec"],
    properties: { kind: { enum: [...KINDS] } },
    // Dispatch on `kind` with if/then (each `if` requires `kind`), so editors report errors of the right kind.
    allOf: KINDS.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ["kind"] },
      then: { $ref: `#/definitions/${kind}` },
    })),
  };
}
