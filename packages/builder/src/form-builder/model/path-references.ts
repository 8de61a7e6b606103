import type { Condition, FormSpec, LogicRule } from "@civitas/definitions/form";
import { conditionFields } from "@civitas/definitions/form";
import { isUnder, listScopeOf } from "./json-tree.ts";

/** Maps a field path to its new path, or to null when the field is gone. */
export type PathMap = (path: string) => string | null;

/** A path map for a field (and everything inside it) that moved from `from` to `to`, or is gone (null). */
export function movedPath(from: string, to: string | null): PathMap {
  return (path) => (isUnder(path, from) ? (to === null ? null : to + path.slice(from.length)) : path);
}

/** The condition with its field tests mapped; parts about fields that are gone are left out. */
export function mapCondition(
  condition: Condition,
  map: (test: Condition & { field: string }) => Condition | undefined,
): Condition | undefined {
  const group = condition.all ? "all" : condition.any ? "any" : undefined;
  if (group) {
    const parts = condition[group] ?? [];
    const mapped = parts.map((part) => mapCondition(part, map)).filter((part) => part !== undefined);
    if (mapped.length === 0) return undefined;
    return mapped.length === parts.length && mapped.every((part, i) => part === parts[i])
      ? condition
      : { [group]: mapped };
  }
  if (condition.not) {
    const inner = mapCondition(condition.not, map);
    if (!inner) return undefined;
    return inner === condition.not ? condition : { not: inner };
  }
  if (condition.field === undefined) return condition;
  return map(condition as Condition & { field: string });
}

const renameTest = (map: PathMap) => (test: Condition & { field: string }) => {
  const field = map(test.field);
  if (field === null) return undefined;
  return field === test.field ? test : { ...test, field };
};

function mapKeys<T>(record: Readonly<Record<string, T>>, map: PathMap, keep = (_path: string) => true) {
  let changed = false;
  const entries: [string, T][] = [];
  for (const [key, value] of Object.entries(record)) {
    const next = map(key);
    if (next !== key) changed = true;
    if (next === null || !keep(next)) {
      changed = true;
      continue;
    }
    entries.push([next, value]);
  }
  return changed ? Object.fromEntries(entries) : record;
}

function mapTargets(list: readonly string[], map: PathMap, fits: (target: string) => boolean): string[] {
  const next = list.map(map).filter((path): path is string => path !== null && fits(path));
  return next.length === list.length && next.every((path, i) => path === list[i]) ? (list as string[]) : next;
}

/** Rewrites logic rules for a path map; a rule left with no condition or no target is dropped. */
export function mapLogic(
  rules: readonly LogicRule[],
  map: (test: Condition & { field: string }) => Condition | undefined,
  paths: PathMap = (p) => p,
): LogicRule[] {
  let changed = false;
  const next: LogicRule[] = [];
  for (const rule of rules) {
    const when = mapCondition(rule.when, map);
    if (!when) {
      changed = true;
      continue;
    }
    // A condition on a field of a repeatable group can only affect fields of that group.
    const scopes = conditionFields(when).map(listScopeOf).filter(Boolean);
    const fits = (target: string) => scopes.every((scope) => target.startsWith(scope));
    const show = mapTargets(rule.show, paths, fits);
    const require = mapTargets(rule.require, paths, fits);
    if (show.length + require.length === 0) {
      changed = true;
      continue;
    }
    if (when === rule.when && show === rule.show && require === rule.require) next.push(rule);
    else {
      changed = true;
      next.push({ ...rule, when, show, require });
    }
  }
  return changed ? next : (rules as LogicRule[]);
}

/**
 * Rewrites every reference to field paths outside the schema, UI schema and pages: texts,
 * attachments, prefill, logic and submission routes. Fields that are gone lose their entries; a
 * rule or a route condition left without tests is dropped; what would no longer be allowed (prefill
 * inside a repeatable group, a route reading a group's item) is dropped too.
 */
export function mapReferences(spec: FormSpec, map: PathMap): FormSpec {
  const texts = mapKeys(spec.texts, map);
  const attachments = mapKeys(spec.attachments, map);
  const prefill = mapKeys(spec.prefill, map, (path) => listScopeOf(path) === "");
  const logic = mapLogic(spec.logic, renameTest(map), map);
  const routeTest = (test: Condition & { field: string }) => {
    const next = renameTest(map)(test);
    return next?.field && listScopeOf(next.field) === "" ? next : undefined;
  };
  let routesChanged = false;
  const routes = spec.submission.routes.map((route) => {
    if (!route.when) return route;
    const when = mapCondition(route.when, routeTest);
    if (when === route.when) return route;
    routesChanged = true;
    const { when: _when, ...rest } = route;
    return when ? { ...route, when } : rest;
  }) as FormSpec["submission"]["routes"];
  const submission = routesChanged ? { ...spec.submission, routes } : spec.submission;
  if (
    texts === spec.texts &&
    attachments === spec.attachments &&
    prefill === spec.prefill &&
    logic === spec.logic &&
    submission === spec.submission
  )
    return spec;
  return { ...spec, texts, attachments, prefill, logic, submission };
}
