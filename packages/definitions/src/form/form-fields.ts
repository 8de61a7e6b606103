import { ATTACHMENT_FORMAT } from "../constants.ts";
import { childPath } from "./field-path.ts";

export type JsonSchema = Record<string, unknown>;

/** A field of a form's data schema. */
export interface FormField {
  /** Field path such as `applicant.email` or `children[].name`. */
  path: string;
  schema: JsonSchema;
  /** JSON pointer of the field's schema inside the form's `schema`. */
  pointer: string;
  /** The choice values, for a single or multiple choice. */
  options?: unknown[];
  isAttachment: boolean;
  isList: boolean;
}

const asSchema = (value: unknown): JsonSchema | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonSchema) : undefined;

/** Follows a local `$ref` such as `#/definitions/address` (one level at a time, cycles stop). */
export function resolveRef(
  root: JsonSchema,
  schema: JsonSchema,
  seen = new Set<string>(),
): { schema: JsonSchema; pointer?: string } {
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/") || seen.has(ref)) return { schema };
  seen.add(ref);
  let target: unknown = root;
  for (const part of ref.slice(2).split("/"))
    target = asSchema(target)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  const resolved = asSchema(target);
  if (!resolved) return { schema };
  const inner = resolveRef(root, resolved, seen);
  return { schema: inner.schema, pointer: inner.pointer ?? ref.slice(1) };
}

/** The subschemas whose properties also belong to an object: conditional and combined branches. */
function branchesOf(schema: JsonSchema, pointer: string): Array<{ schema: JsonSchema; pointer: string }> {
  const branches: Array<{ schema: JsonSchema; pointer: string }> = [{ schema, pointer }];
  for (const key of ["then", "else"]) {
    const branch = asSchema(schema[key]);
    if (branch) branches.push(...branchesOf(branch, `${pointer}/${key}`));
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = schema[key];
    if (Array.isArray(list)) {
      list.forEach((item, i) => {
        const branch = asSchema(item);
        if (branch) branches.push(...branchesOf(branch, `${pointer}/${key}/${i}`));
      });
    }
  }
  return branches;
}

function choiceValues(schema: JsonSchema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.type === "boolean") return [true, false];
  const list = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(list) && list.every((item) => asSchema(item) && "const" in (item as JsonSchema))) {
    return list.map((item) => (item as JsonSchema).const);
  }
  return undefined;
}

/**
 * Lists every field of a form's data schema, depth first in the order they are written, stepping
 * into objects, lists (`[]`), local `$ref`s and conditional branches.
 *
 * @example
 * ```ts
 * listFormFields({ type: "object", properties: { kids: { type: "array", items: { type: "object",
 *   properties: { name: { type: "string" } } } } } }).map((field) => field.path);
 * // → ["kids", "kids[].name"]
 * ```
 */
export function listFormFields(root: JsonSchema): FormField[] {
  const fields = new Map<string, FormField>();
  const visit = (schema: JsonSchema, pointer: string, parentPath: string, depth: number) => {
    if (depth > 32) return;
    for (const branch of branchesOf(schema, pointer)) {
      const properties = asSchema(branch.schema.properties);
      if (!properties) continue;
      for (const [name, value] of Object.entries(properties)) {
        const written = asSchema(value);
        if (!written) continue;
        const path = childPath(parentPath, name);
        const ownPointer = `${branch.pointer}/properties/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;
        const { schema: fieldSchema } = resolveRef(root, written);
        const items = fieldSchema.type === "array" ? asSchema(fieldSchema.items) : undefined;
        const resolvedItems = items ? resolveRef(root, items).schema : undefined;
        if (!fields.has(path)) {
          const options =
            choiceValues(fieldSchema) ?? (resolvedItems ? choiceValues(resolvedItems) : undefined);
          fields.set(path, {
            path,
            schema: fieldSchema,
            pointer: ownPointer,
            ...(options ? { options } : {}),
            isAttachment:
              fieldSchema.format === ATTACHMENT_FORMAT || resolvedItems?.format === ATTACHMENT_FORMAT,
            isList: fieldSchema.type === "array",
          });
        }
        if (fieldSchema.type === "object" || fieldSchema.properties)
          visit(fieldSchema, ownPointer, path, depth + 1);
        if (resolvedItems && (resolvedItems.type === "object" || resolvedItems.properties)) {
          visit(resolvedItems, `${ownPointer}/items`, `${path}[]`, depth + 1);
        }
      }
    }
  };
  visit(root, "", "", 0);
  return [...fields.values()];
}
