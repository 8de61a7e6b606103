import type { Condition } from "../model/condition.ts";
import { readFieldValue } from "./field-path.ts";

const isFilled = (value: unknown) =>
  value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);

/**
 * Whether a condition holds for some form data. Field paths start at the root of `data`; for a
 * field in a repeatable group (`dogs[].chipped`), `indexes` says which item is meant. A missing
 * field never equals anything.
 *
 * @example
 * ```ts
 * evaluateCondition({ field: "applicant.type", equals: "business" }, { applicant: { type: "business" } }); // true
 * ```
 */
export function evaluateCondition(
  condition: Condition,
  data: unknown,
  indexes: readonly number[] = [],
): boolean {
  if (condition.all) return condition.all.every((part) => evaluateCondition(part, data, indexes));
  if (condition.any) return condition.any.some((part) => evaluateCondition(part, data, indexes));
  if (condition.not) return !evaluateCondition(condition.not, data, indexes);
  if (condition.field === undefined) return false;
  const value = readFieldValue(data, condition.field, indexes);
  if (condition.equals !== undefined) return value === condition.equals;
  if (condition.notEquals !== undefined) return value !== condition.notEquals;
  if (condition.in !== undefined) return condition.in.some((option) => option === value);
  if (condition.filled !== undefined) return isFilled(value) === condition.filled;
  if (condition.contains !== undefined)
    return Array.isArray(value) && value.some((item) => item === condition.contains);
  if (condition.greaterThan !== undefined) return typeof value === "number" && value > condition.greaterThan;
  if (condition.lessThan !== undefined) return typeof value === "number" && value < condition.lessThan;
  return false;
}

/** The field paths a condition reads. */
export function conditionFields(condition: Condition): string[] {
  if (condition.all) return condition.all.flatMap(conditionFields);
  if (condition.any) return condition.any.flatMap(conditionFields);
  if (condition.not) return conditionFields(condition.not);
  return condition.field === undefined ? [] : [condition.field];
}
