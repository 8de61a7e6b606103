import { conditionToSchema } from "../form/condition-schema.ts";
import { conditionFields } from "../form/evaluate-condition.ts";
import { type FieldStep, parseFieldPath } from "../form/field-path.ts";
import { type JsonSchema, resolveRef } from "../form/form-fields.ts";
import type { Condition } from "../model/condition.ts";
import type { LogicRule } from "../model/form.ts";

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Walks steps from `start`, replacing each `$ref` met on the way by a private copy of its target,
 * so that changing the object reached never changes a definition other fields share.
 */
function walkOwned(root: JsonSchema, start: JsonSchema, steps: readonly FieldStep[]): JsonSchema | undefined {
  let current = start;
  for (const step of steps) {
    const container = "items" in step ? current : (current.properties as JsonSchema | undefined);
    const key = "items" in step ? "items" : step.property;
    const next = container?.[key];
    if (!container || !isSchema(next)) return undefined;
    if (typeof next.$ref === "string") {
      const { $ref: _ref, ...siblings } = next;
      container[key] = { ...structuredClone(resolveRef(root, next).schema), ...siblings };
    }
    current = container[key] as JsonSchema;
  }
  return current;
}

/** The longest run of steps shared by all the paths' parent objects. */
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

/** Nests `inner` along steps: `{ properties: { a: { items: inner } } }` for `a[]`. */
function nest(steps: readonly FieldStep[], inner: JsonSchema): JsonSchema {
  return steps.reduceRight<JsonSchema>(
    (schema, step) => ("items" in step ? { items: schema } : { properties: { [step.property]: schema } }),
    inner,
  );
}

function relativeCondition(condition: Condition, prefix: readonly FieldStep[]): Condition {
  if (condition.all) return { all: condition.all.map((part) => relativeCondition(part, prefix)) };
  if (condition.any) return { any: condition.any.map((part) => relativeCondition(part, prefix)) };
  if (condition.not) return { not: relativeCondition(condition.not, prefix) };
  if (condition.field === undefined) return condition;
  const field = parseFieldPath(condition.field)
    .slice(prefix.length)
    .map((step) => ("property" in step ? step.property : "[]"))
    .join(".")
    .replaceAll(".[]", "[]");
  return { ...condition, field };
}

/** Adds `if: when, then: <effect at target>` on the object that holds both the condition's fields and the target. */
function addConditional(
  schema: JsonSchema,
  when: Condition,
  target: string,
  effect: (owner: JsonSchema, name: string) => JsonSchema,
): void {
  const anchorSteps = commonObjectSteps([...conditionFields(when), target]);
  const anchor = walkOwned(schema, schema, anchorSteps);
  const targetSteps = parseFieldPath(target).slice(anchorSteps.length);
  const owner = anchor && walkOwned(schema, anchor, targetSteps.slice(0, -1));
  const last = targetSteps.at(-1);
  if (!anchor || !owner || !last || !("property" in last)) return;
  const then = nest(targetSteps.slice(0, -1), effect(owner, last.property));
  const allOf = Array.isArray(anchor.allOf) ? (anchor.allOf as JsonSchema[]) : [];
  anchor.allOf = [...allOf, { if: conditionToSchema(relativeCondition(when, anchorSteps)), then }];
}

/**
 * Compiles logic rules into the data schema (in place, on a copy the caller owns). A field that
 * rules `show` is defined only in the `then` of an `if` over their conditions (any of them), so RJSF
 * renders it, and ajv validates it, only while one holds; `require` adds `then: { required }`.
 */
export function applyLogic(schema: JsonSchema, rules: readonly LogicRule[]): void {
  const shownWhen = new Map<string, Condition[]>();
  for (const rule of rules)
    for (const target of rule.show) shownWhen.set(target, [...(shownWhen.get(target) ?? []), rule.when]);

  for (const [target, conditions] of shownWhen) {
    const when: Condition = conditions.length === 1 ? (conditions[0] as Condition) : { any: conditions };
    addConditional(schema, when, target, (owner, name) => {
      const properties = (owner.properties ?? {}) as JsonSchema;
      const required = Array.isArray(owner.required) ? (owner.required as string[]) : [];
      const moved: JsonSchema = { properties: { [name]: properties[name] } };
      if (required.includes(name)) moved.required = [name];
      delete properties[name];
      const rest = required.filter((field) => field !== name);
      if (rest.length > 0) owner.required = rest;
      else delete owner.required;
      return moved;
    });
  }
  for (const rule of rules) {
    for (const target of rule.require)
      addConditional(schema, rule.when, target, (_owner, name) => ({ required: [name] }));
  }
}
