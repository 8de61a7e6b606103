import type { Condition } from "../model/condition.ts";
import type { JsonSchema } from "./form-fields.ts";

/**
 * Wraps a test on one value into nested objects with `properties` + `required`, so a missing field
 * (or a parent that is not an object) never matches.
 */
function atPath(path: string, test: JsonSchema): JsonSchema {
  const names = path.split(".");
  let schema: JsonSchema = test;
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i] as string;
    schema = { type: "object", properties: { [name]: schema }, required: [name] };
  }
  return schema;
}

/**
 * Translates a condition into a draft-07 JSON Schema that accepts exactly the data for which
 * `evaluateCondition` holds. Every field test carries `required` (no `if` trap: a missing field
 * does not satisfy `properties` alone).
 *
 * @example
 * ```ts
 * conditionToSchema({ field: "type", equals: "business" });
 * // → { type: "object", properties: { type: { const: "business" } }, required: ["type"] }
 * ```
 */
export function conditionToSchema(condition: Condition): JsonSchema {
  if (condition.all) return { allOf: condition.all.map(conditionToSchema) };
  if (condition.any) return { anyOf: condition.any.map(conditionToSchema) };
  if (condition.not) return { not: conditionToSchema(condition.not) };
  const field = condition.field ?? "";
  if (condition.equals !== undefined) return atPath(field, { const: condition.equals });
  if (condition.notEquals !== undefined) return { not: atPath(field, { const: condition.notEquals }) };
  if (condition.in !== undefined) return atPath(field, { enum: [...new Set(condition.in)] });
  if (condition.filled !== undefined) {
    const filled = atPath(field, { not: { type: "null" }, minLength: 1, minItems: 1 });
    return condition.filled ? filled : { not: filled };
  }
  if (condition.contains !== undefined)
    return atPath(field, { type: "array", contains: { const: condition.contains } });
  if (condition.greaterThan !== undefined)
    return atPath(field, { type: "number", exclusiveMinimum: condition.greaterThan });
  if (condition.lessThan !== undefined)
    return atPath(field, { type: "number", exclusiveMaximum: condition.lessThan });
  return { not: {} };
}
