import { createAjv } from "../form/create-ajv.ts";
import type { JsonSchema } from "../form/form-fields.ts";
import type { CheckContext } from "./check-context.ts";
import type { PathSegment } from "./problem.ts";

const SCHEMA_PATH = ["schema"];
const ajv = createAjv();
/** Whether ajv compiled a schema (or why not), by its JSON: an editor checks the same schema over and over. */
const compiled = new Map<string, string | null>();
const COMPILED_KEPT = 20;

const pointerToPath = (pointer: string): PathSegment[] =>
  pointer
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Checks a form's data schema: a valid draft-07 JSON Schema of an object that ajv can compile, with
 * no `if` that tests a field without requiring it (such an `if` holds when the field is empty).
 */
export function checkFormSchema(schema: JsonSchema, ctx: CheckContext): boolean {
  if (!ajv.validateSchema(schema)) {
    for (const error of ajv.errors ?? []) {
      ctx.report({
        code: "invalid-json-schema",
        message: `the form's schema is not valid JSON Schema: ${error.instancePath || "the schema"} ${error.message}`,
        path: [...SCHEMA_PATH, ...pointerToPath(error.instancePath)],
      });
    }
    return false;
  }
  if (schema.type !== "object") {
    ctx.report({
      code: "invalid-json-schema",
      message: "the form's schema must have `type: object`",
      path: SCHEMA_PATH,
    });
    return false;
  }
  const failure = compileFailure(schema);
  if (failure !== null) {
    ctx.report({
      code: "invalid-json-schema",
      message: `the form's schema cannot be used: ${failure}`,
      path: SCHEMA_PATH,
    });
    return false;
  }
  let ok = true;
  visitIfs(schema, [], (ifSchema, path) => {
    for (const { properties, required, at } of unrequiredTests(ifSchema, path)) {
      ok = false;
      const missing = properties.filter((name) => !required.includes(name));
      ctx.report({
        code: "if-without-required",
        message:
          `this \`if\` tests ${missing.map((name) => `\`${name}\``).join(", ")} without requiring ${missing.length > 1 ? "them" : "it"}, ` +
          `so it also holds while ${missing.length > 1 ? "they are" : "it is"} empty; add \`required: [${missing.join(", ")}]\` next to its \`properties\``,
        path: [...SCHEMA_PATH, ...at],
      });
    }
  });
  return ok;
}

/** Why ajv cannot compile the schema, or null when it can. */
function compileFailure(schema: JsonSchema): string | null {
  const json = JSON.stringify(schema);
  const known = compiled.get(json);
  if (known !== undefined) return known;
  let failure: string | null = null;
  try {
    ajv.compile(schema);
  } catch (error) {
    failure = (error as Error).message;
  } finally {
    ajv.removeSchema(schema);
  }
  if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value as string);
  compiled.set(json, failure);
  return failure;
}

function visitIfs(
  node: unknown,
  path: PathSegment[],
  visit: (ifSchema: JsonSchema, path: PathSegment[]) => void,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => visitIfs(item, [...path, i], visit));
    return;
  }
  if (typeof node !== "object" || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "if" && typeof value === "object" && value !== null)
      visit(value as JsonSchema, [...path, key]);
    visitIfs(value, [...path, key], visit);
  }
}

/** The `properties` inside an `if` (outside any `not`) whose keys are not all in the sibling `required`. */
function unrequiredTests(
  schema: JsonSchema,
  path: PathSegment[],
): Array<{ properties: string[]; required: string[]; at: PathSegment[] }> {
  const found: Array<{ properties: string[]; required: string[]; at: PathSegment[] }> = [];
  const properties = schema.properties;
  if (typeof properties === "object" && properties !== null) {
    const names = Object.keys(properties);
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    if (names.some((name) => !required.includes(name))) found.push({ properties: names, required, at: path });
    for (const [name, child] of Object.entries(properties)) {
      if (typeof child === "object" && child !== null)
        found.push(...unrequiredTests(child as JsonSchema, [...path, "properties", name]));
    }
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    const list = schema[key];
    if (Array.isArray(list))
      list.forEach((item, i) => found.push(...unrequiredTests(item as JsonSchema, [...path, key, i])));
  }
  return found;
}
