import { conditionToSchema } from "../form/condition-schema.ts";
import { conditionFields } from "../form/evaluate-condition.ts";
import { type FieldStep, parseFieldPath } from "../form/field-path.ts";
import { type JsonSchema, resolveRef } from "../form/form-fields.ts";
import type { LogicRule } from "../model/form.ts";

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The object schema reached by walking steps from `schema` (through `$ref`s and list items). */
function walk(root: JsonSchema, schema: JsonSchema, steps: readonly FieldStep[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = resolveRef(root, schema).schema;
  for (const step of steps) {
    if (!current) return undefined;
    const next: unknown =
      "items" in step ? current.items : (current.properties as JsonSchema | undefined)?.[step.property];
    current = isSchema(next) ? resolveRef(root, next).schema : undefined;
  }
  return current;
}

/** The longest run of steps shared by all the paths' parent objects, ending on an object. */
function commonObjectSteps(paths: readonly string[]): FieldStep[] {
  const parents = paths.map((path) => parseFieldPath(path).slice(0, -1));
  const shared: FieldStep[] = [];
  for (let i = 0; ; i++) {
    const step = parents[0]?.[i];
    if (!step || !parents.every((steps) => JSON.stringify(steps[i]) === JSON.stringify(step))) break;
    shared.push(step);
  }
  return shared;
}

/** `{ properties: { a: { properties: { b: X } } } }` for the steps a.b: nests `inner` along object steps. */
function nest(steps: readonly FieldStep[], inner: JsonSchema): JsonSchema {
  return steps.reduceRight<JsonSchema>(
    (schema, step) => ("items" in step ? { items: schema } : { properties: { [step.property]: schema } }),
    inner,
  );
}

const relative = (path: string, prefix: readonly FieldStep[]) =>
  parseFieldPath(path)
    .slice(prefix.length)
    .map((step) => ("property" in step ? step.property : "[]"))
    .join(".")
    .replaceAll(".[]", "[]");

/**
 * Compiles logic rules into the data schema (in place, on a copy the caller owns):
 * `require` becomes `if`/`then: { required }`, `show` moves the field's definition into the `then`,
 * so RJSF renders the field, and ajv validates it, only while the condition holds.
 */
export function applyLogic(schema: JsonSchema, rules: readonly LogicRule[]): void {
  for (const rule of rules) {
    const read = conditionFields(rule.when);
    for (const target of new Set([...rule.show, ...rule.require])) {
      const anchorSteps = commonObjectSteps([...read, target]);
      const anchor = walk(schema, schema, anchorSteps);
      const targetSteps = parseFieldPath(target).slice(anchorSteps.length);
      const owner = walk(schema, anchor ?? {}, targetSteps.slice(0, -1));
      const last = targetSteps.at(-1);
      if (!anchor || !owner || !last || !("property" in last)) continue;
      const name = last.property;
      const properties = (owner.properties ?? {}) as JsonSchema;
      const required = Array.isArray(owner.required) ? (owner.required as string[]) : [];
      const mustFill = rule.require.includes(target) || required.includes(name);
      const thenInner: JsonSchema = mustFill ? { required: [name] } : {};
      if (rule.show.includes(target) && properties[name]) {
        thenInner.properties = { [name]: properties[name] };
        delete properties[name];
        owner.required = required.filter((field) => field !== name);
        if ((owner.required as string[]).length === 0) delete owner.required;
      }
      const condition = conditionToSchema(relativeCondition(rule.when, anchorSteps));
      const allOf = Array.isArray(anchor.allOf) ? (anchor.allOf as JsonSchema[]) : [];
      allOf.push({ if: condition, then: nest(targetSteps.slice(0, -1), thenInner) });
      anchor.allOf = allOf;
    }
  }
}

function relativeCondition(condition: LogicRule["when"], prefix: readonly FieldStep[]): LogicRule["when"] {
  if (condition.all) return { all: condition.all.map((part) => relativeCondition(part, prefix)) };
  if (condition.any) return { any: condition.any.map((part) => relativeCondition(part, prefix)) };
  if (condition.not) return { not: relativeCondition(condition.not, prefix) };
  return condition.field === undefined
    ? condition
    : { ...condition, field: relative(condition.field, prefix) };
}
