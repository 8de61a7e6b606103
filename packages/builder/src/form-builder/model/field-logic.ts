import type { FormDocument } from "@civitas/definitions";
import type { Condition, FormSpec, LogicRule } from "@civitas/definitions/form";
import type { FieldKind } from "./field-kinds.ts";
import type { OutlineField } from "./form-outline.ts";
import { isUnder, listScopeOf, withSpec } from "./json-tree.ts";

/** The operators of a one-field condition, as the definition model names them. */
export const CONDITION_OPERATORS = [
  "equals",
  "notEquals",
  "in",
  "filled",
  "contains",
  "greaterThan",
  "lessThan",
] as const satisfies readonly (keyof Condition)[];
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];
type Unlisted = Exclude<keyof Condition, ConditionOperator | "field" | "all" | "any" | "not">;
const everyOperatorListed: [Unlisted] extends [never] ? true : false = true;
void everyOperatorListed;

export type Scalar = string | number | boolean;
export type LogicEffect = "show" | "require";

/** One line of the logic editor: field, operator, value. */
export interface ConditionRow {
  field: string;
  operator: ConditionOperator;
  value: Scalar | Scalar[] | undefined;
}

/** "Show / require this field when all (or any) of these hold." */
export interface FieldLogic {
  match: "all" | "any";
  conditions: ConditionRow[];
}

export interface FieldLogicState {
  /** The rule as the editor shows it; null when no rule affects the field this way. */
  logic: FieldLogic | null;
  /** False when the rules are more than the editor shows (several rules, `not`, nesting); saving replaces them. */
  editable: boolean;
}

function rowOf(condition: Condition): ConditionRow | undefined {
  if (condition.field === undefined) return undefined;
  const operator = CONDITION_OPERATORS.find((op) => condition[op] !== undefined);
  return operator ? { field: condition.field, operator, value: condition[operator] } : undefined;
}

/** The logic rules that `show` (or `require`) a field, read as the editor shows them. */
export function getFieldLogic(spec: FormSpec, path: string, effect: LogicEffect): FieldLogicState {
  const rules = spec.logic.filter((rule) => rule[effect].includes(path));
  const [rule] = rules;
  if (!rule) return { logic: null, editable: true };
  const single = rowOf(rule.when);
  const group = rule.when.all ? "all" : rule.when.any ? "any" : undefined;
  const rows = single ? [single] : group ? (rule.when[group] ?? []).map(rowOf) : [];
  const complete = rows.filter((row): row is ConditionRow => row !== undefined);
  const readable = complete.length > 0 && complete.length === rows.length;
  return {
    logic: { match: group ?? "all", conditions: complete },
    editable: rules.length === 1 && readable,
  };
}

/** Whether a row says enough to be written: a field, and a value fitting the operator. */
export function isCompleteRow(row: ConditionRow): boolean {
  if (!row.field) return false;
  if (row.operator === "in") return Array.isArray(row.value) && row.value.length > 0;
  if (row.operator === "filled") return typeof row.value === "boolean";
  if (row.operator === "greaterThan" || row.operator === "lessThan")
    return typeof row.value === "number" && Number.isFinite(row.value);
  return row.value !== undefined && row.value !== "" && !Array.isArray(row.value);
}

/** The definitions' condition for the editor's rows (complete rows only), or undefined when none is. */
export function toCondition(logic: FieldLogic): Condition | undefined {
  const tests = logic.conditions
    .filter(isCompleteRow)
    .map((row) => ({ field: row.field, [row.operator]: row.value }) as Condition);
  if (tests.length <= 1) return tests[0];
  return { [logic.match]: tests };
}

const slug = (path: string) =>
  path
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "field";

/**
 * Writes how a field is shown or required: the field leaves every rule that did so (rules left with
 * no target go) and, when `logic` has a complete condition, gets one rule of its own. Only `logic`
 * is written; the compiler turns it into `if`/`then`.
 *
 * @example
 * ```ts
 * setFieldLogic(form, "dogName", "show", { match: "all", conditions: [{ field: "hasDog", operator: "equals", value: "yes" }] });
 * // logic: [{ id: "show-dog-name", when: { field: "hasDog", equals: "yes" }, show: ["dogName"], require: [] }]
 * ```
 */
export function setFieldLogic(
  document: FormDocument,
  path: string,
  effect: LogicEffect,
  logic: FieldLogic | null,
): FormDocument {
  const spec = document.spec;
  const when = logic ? toCondition(logic) : undefined;
  let at = -1;
  const kept: LogicRule[] = [];
  for (const rule of spec.logic) {
    if (!rule[effect].includes(path)) {
      kept.push(rule);
      continue;
    }
    const next = { ...rule, [effect]: rule[effect].filter((target) => target !== path) };
    if (next.show.length + next.require.length > 0) kept.push(next);
    if (at < 0) at = kept.length;
  }
  if (when) {
    const ids = new Set(kept.map((rule) => rule.id));
    const base = `${effect}-${slug(path)}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    const rule: LogicRule = {
      id,
      when,
      show: effect === "show" ? [path] : [],
      require: effect === "require" ? [path] : [],
    };
    kept.splice(at < 0 ? kept.length : at, 0, rule);
  }
  return withSpec(document, { ...spec, logic: kept });
}

/** The fields a condition about `target` may read: answers outside it, of its repeatable group or of none. */
export function listConditionFields(fields: readonly OutlineField[], target: string): OutlineField[] {
  return fields.filter((field) => {
    if (field.children || isUnder(field.path, target) || isUnder(target, field.path)) return false;
    const scope = listScopeOf(field.path);
    return scope === "" || target.startsWith(scope);
  });
}

/** The operators that make sense for a field of a kind, in the order the editor offers them. */
export function listOperatorsFor(kind: FieldKind): ConditionOperator[] {
  switch (kind) {
    case "number":
      return ["equals", "notEquals", "greaterThan", "lessThan", "in", "filled"];
    case "multiple-choice":
      return ["contains", "filled"];
    case "file":
      return ["filled"];
    case "checkbox":
    case "yes-no":
      return ["equals", "notEquals", "filled"];
    default:
      return ["equals", "notEquals", "in", "filled"];
  }
}
