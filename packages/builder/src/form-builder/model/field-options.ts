import type { FormDocument } from "@civitas/definitions";
import type { Condition, FormSpec } from "@civitas/definitions/form";
import { getSchemaAt, isRecord, setEntry, updateSchemaAt, withSpec } from "./json-tree.ts";
import { mapCondition, mapLogic } from "./path-references.ts";

type Value = string | number | boolean;

/** Where a choice field keeps its values: its own `enum`, or its items' for a multiple choice. */
function enumHolder(spec: FormSpec, path: string): { values: Value[]; items: boolean } {
  const schema = getSchemaAt(spec.schema, path) ?? {};
  if (schema.type === "array" && isRecord(schema.items)) {
    const items = getSchemaAt(spec.schema, `${path}[]`) ?? {};
    return { values: Array.isArray(items.enum) ? (items.enum as Value[]) : [], items: true };
  }
  return { values: Array.isArray(schema.enum) ? (schema.enum as Value[]) : [], items: false };
}

export function listFieldOptions(spec: FormSpec, path: string): Value[] {
  return enumHolder(spec, path).values;
}

function writeValues(spec: FormSpec, path: string, values: Value[]): FormSpec {
  const { items } = enumHolder(spec, path);
  const schema = updateSchemaAt(spec.schema, items ? `${path}[]` : path, (node) => ({
    ...node,
    enum: values,
  }));
  return { ...spec, schema };
}

/** Rewrites the values conditions on `path` compare with (null: the test goes). */
function mapValues(spec: FormSpec, path: string, map: (value: Value) => Value | null): FormSpec {
  const test = (condition: Condition & { field: string }): Condition | undefined => {
    if (condition.field !== path) return condition;
    if (condition.in) {
      const values = condition.in.map(map).filter((value): value is Value => value !== null);
      if (values.length === 0) return undefined;
      return values.every((value, i) => value === condition.in?.[i]) && values.length === condition.in.length
        ? condition
        : { ...condition, in: values };
    }
    for (const op of ["equals", "notEquals", "contains"] as const) {
      const value = condition[op];
      if (value === undefined) continue;
      const next = map(value);
      if (next === null) return undefined;
      return next === value ? condition : { ...condition, [op]: next };
    }
    return condition;
  };
  const logic = mapLogic(spec.logic, test);
  let routesChanged = false;
  const routes = spec.submission.routes.map((route) => {
    if (!route.when) return route;
    const when = mapCondition(route.when, test);
    if (when === route.when) return route;
    routesChanged = true;
    const { when: _when, ...rest } = route;
    return when ? { ...route, when } : rest;
  }) as FormSpec["submission"]["routes"];
  const schema = updateSchemaAt(spec.schema, path, (node) => {
    const value = node.default;
    if (value === undefined) return node;
    if (Array.isArray(value)) {
      const next = value.map((item) => map(item as Value)).filter((item) => item !== null);
      return { ...node, default: next };
    }
    const next = map(value as Value);
    return setEntry(node, "default", next === null ? undefined : next);
  });
  return {
    ...spec,
    schema,
    logic,
    submission: routesChanged ? { ...spec.submission, routes } : spec.submission,
  };
}

/** Adds a choice with its title in one language. */
export function addFieldOption(
  document: FormDocument,
  path: string,
  value: string,
  title: Record<string, string>,
) {
  const spec = document.spec;
  const values = listFieldOptions(spec, path);
  if (values.includes(value)) return document;
  const next = writeValues(spec, path, [...values, value]);
  const texts = next.texts[path] ?? {};
  const options = { ...texts.options, [value]: title };
  return withSpec(document, { ...next, texts: { ...next.texts, [path]: { ...texts, options } } });
}

/** Removes a choice, its titles, the default if it was it, and the logic tests that compare with it. */
export function removeFieldOption(document: FormDocument, path: string, value: Value) {
  const spec = document.spec;
  const values = listFieldOptions(spec, path);
  if (!values.includes(value) || values.length <= 1) return document;
  let next = writeValues(
    spec,
    path,
    values.filter((v) => v !== value),
  );
  next = mapValues(next, path, (v) => (v === value ? null : v));
  const texts = next.texts[path];
  if (texts?.options) {
    const options = setEntry(texts.options, String(value), undefined);
    next = { ...next, texts: { ...next.texts, [path]: { ...texts, options } } };
  }
  return withSpec(document, next);
}

/** Gives a choice a new value, keeping its titles, position, the default and logic tests. */
export function renameFieldOption(document: FormDocument, path: string, from: Value, to: string) {
  const spec = document.spec;
  const values = listFieldOptions(spec, path);
  if (!values.includes(from) || values.includes(to) || to === "") return document;
  let next = writeValues(
    spec,
    path,
    values.map((v) => (v === from ? to : v)),
  );
  next = mapValues(next, path, (v) => (v === from ? to : v));
  const texts = next.texts[path];
  if (texts?.options?.[String(from)]) {
    const options = Object.fromEntries(
      Object.entries(texts.options).map(([key, title]) => [key === String(from) ? to : key, title]),
    );
    next = { ...next, texts: { ...next.texts, [path]: { ...texts, options } } };
  }
  return withSpec(document, next);
}

/** Sets (or, for "", removes) a choice's title in one language. */
export function setFieldOptionTitle(
  document: FormDocument,
  path: string,
  value: Value,
  language: string,
  title: string,
) {
  const spec = document.spec;
  const texts = spec.texts[path] ?? {};
  const current = texts.options?.[String(value)] ?? {};
  const nextTitle = setEntry(current, language, title === "" ? undefined : title);
  if (nextTitle === current) return document;
  const options = setEntry(
    texts.options ?? {},
    String(value),
    Object.keys(nextTitle).length > 0 ? nextTitle : undefined,
  );
  return withSpec(document, { ...spec, texts: { ...spec.texts, [path]: { ...texts, options } } });
}
