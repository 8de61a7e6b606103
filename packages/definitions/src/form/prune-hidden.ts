import type { Condition } from "../model/condition.ts";
import type { FormSpec } from "../model/form.ts";
import { evaluateCondition } from "./evaluate-condition.ts";
import { type FieldStep, parseFieldPath } from "./field-path.ts";

type Hidden = (indexes: readonly number[]) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Deletes the value at `steps` wherever `hidden` says so for the item indexes met on the way. */
function removeAt(node: unknown, steps: readonly FieldStep[], indexes: number[], hidden: Hidden): boolean {
  const [step, ...rest] = steps;
  if (!step) return false;
  if ("items" in step) {
    if (!Array.isArray(node)) return false;
    let changed = false;
    node.forEach((item, index) => {
      changed = removeAt(item, rest, [...indexes, index], hidden) || changed;
    });
    return changed;
  }
  if (!isRecord(node) || !Object.hasOwn(node, step.property)) return false;
  if (rest.length > 0) return removeAt(node[step.property], rest, indexes, hidden);
  if (!hidden(indexes)) return false;
  delete node[step.property];
  return true;
}

/**
 * Removes the answers the form's logic hides: a field listed in a rule's `show` keeps its value only
 * while one of those rules' conditions holds. Fields in repeatable groups are judged per item
 * (`dogs[].keptAt` is removed from exactly the dogs whose condition is false). A field hidden
 * because the field its condition reads was removed is removed too. Returns a new object; `data`
 * is not changed. Hidden answers are thus neither validated nor stored.
 *
 * @example
 * ```ts
 * const spec = { logic: [{ when: { field: "hasDog", equals: "yes" }, show: ["dogName"], require: [] }] };
 * pruneHiddenFields(spec, { hasDog: "no", dogName: "Rex" }); // → { hasDog: "no" }
 * pruneHiddenFields(spec, { hasDog: "yes", dogName: "Rex" }); // → { hasDog: "yes", dogName: "Rex" }
 * ```
 */
export function pruneHiddenFields<T extends Record<string, unknown>>(
  spec: Pick<FormSpec, "logic">,
  data: T,
): T {
  const shownWhen = new Map<string, Condition[]>();
  for (const rule of spec.logic)
    for (const target of rule.show ?? [])
      shownWhen.set(target, [...(shownWhen.get(target) ?? []), rule.when]);

  const result = structuredClone(data);
  // Each pass can only remove values, so this ends after at most one pass per target (plus one).
  for (let pass = 0; pass <= shownWhen.size; pass++) {
    let changed = false;
    for (const [target, conditions] of shownWhen) {
      const steps = parseFieldPath(target);
      if (!("property" in (steps.at(-1) ?? {}))) continue; // `list[]` names no single field
      const hidden: Hidden = (indexes) =>
        !conditions.some((condition) => evaluateCondition(condition, result, indexes));
      changed = removeAt(result, steps, [], hidden) || changed;
    }
    if (!changed) break;
  }
  return result;
}
