import type { Condition } from "@civitas/definitions";

const quote = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

function describeField(condition: Condition): string {
  const field = condition.field ?? "(no field)";
  if (condition.equals !== undefined) return `${field} equals ${quote(condition.equals)}`;
  if (condition.notEquals !== undefined) return `${field} does not equal ${quote(condition.notEquals)}`;
  if (condition.in !== undefined) return `${field} is one of ${condition.in.map(quote).join(", ")}`;
  if (condition.filled !== undefined) return condition.filled ? `${field} is filled in` : `${field} is empty`;
  if (condition.contains !== undefined) return `${field} contains ${quote(condition.contains)}`;
  if (condition.greaterThan !== undefined) return `${field} is greater than ${condition.greaterThan}`;
  if (condition.lessThan !== undefined) return `${field} is less than ${condition.lessThan}`;
  return `${field} (a test this page does not know)`;
}

function describe(condition: Condition, nested: boolean): string {
  const group = (parts: Condition[], word: string) => {
    const text = parts.map((part) => describe(part, true)).join(` ${word} `);
    return nested && parts.length > 1 ? `(${text})` : text;
  };
  if (condition.all) return group(condition.all, "and");
  if (condition.any) return group(condition.any, "or");
  if (condition.not) return `not (${describe(condition.not, false)})`;
  return describeField(condition);
}

/**
 * A route's `when` in words, e.g. "when applicant.type equals business"; "always" when it has none.
 */
export function describeCondition(condition: Condition | undefined | null): string {
  if (!condition || typeof condition !== "object") return "always";
  return `when ${describe(condition, false)}`;
}
