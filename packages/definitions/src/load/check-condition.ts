import type { FormField } from "../form/form-fields.ts";
import type { Condition } from "../model/condition.ts";
import type { CheckContext } from "./check-context.ts";
import type { PathSegment } from "./problem.ts";

/** Why a one-field condition can never hold for its field, or undefined when it can. */
function misfit(condition: Condition, field: FormField): string | undefined {
  const type = field.schema.type;
  const numeric = type === "number" || type === "integer";
  if ((condition.greaterThan !== undefined || condition.lessThan !== undefined) && !numeric) {
    return `\`${condition.field}\` is not a number, and greaterThan / lessThan compare numbers`;
  }
  if (condition.contains !== undefined && !field.isList) {
    return `\`${condition.field}\` is not a list, and contains looks into a list (a multiple choice)`;
  }
  const items = field.schema.items as Record<string, unknown> | undefined;
  const valueType = field.isList ? items?.type : type;
  const values = [condition.equals, condition.notEquals, condition.contains, ...(condition.in ?? [])];
  for (const value of values.filter((v) => v !== undefined)) {
    if (field.options && !field.options.includes(value)) {
      return `the condition compares \`${condition.field}\` with \`${String(value)}\`, which is not one of its choices (${field.options.join(", ")})`;
    }
    const expected = valueType === "integer" ? "number" : valueType;
    if (typeof expected === "string" && typeof value !== expected) {
      return `the condition compares \`${condition.field}\` (a ${expected}) with ${JSON.stringify(value)}, so it could never hold`;
    }
  }
  return undefined;
}

/** Checks that each field test of a condition fits its field: value types, choices, operators. */
export function checkConditionFit(
  condition: Condition,
  fields: ReadonlyMap<string, FormField>,
  at: PathSegment[],
  ctx: CheckContext,
): void {
  if (condition.not) {
    checkConditionFit(condition.not, fields, [...at, "not"], ctx);
    return;
  }
  const group = condition.all ? "all" : condition.any ? "any" : undefined;
  if (group) {
    condition[group]?.forEach((part, i) => checkConditionFit(part, fields, [...at, group, i], ctx));
    return;
  }
  const field = condition.field ? fields.get(condition.field) : undefined;
  const problem = field && misfit(condition, field);
  if (problem) ctx.report({ code: "condition-misfit", message: problem, path: at });
}
