import type { FormDocument, FormSpec } from "@civitas/definitions";

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One step of a field path: into an object property, or into the items of a list. */
export type Step = { property: string } | { items: true };

/** `children[].name` → property children, items, property name. */
export function stepsOf(path: string): Step[] {
  if (path === "") return [];
  const steps: Step[] = [];
  for (const part of path.split(".")) {
    if (part.endsWith("[]")) steps.push({ property: part.slice(0, -2) }, { items: true });
    else steps.push({ property: part });
  }
  return steps;
}

/** The container a field lives in: "" (top level), `group` or `list[]`. */
export function containerOf(path: string): string {
  const cut = path.lastIndexOf(".");
  return cut < 0 ? "" : path.slice(0, cut);
}

export function keyOf(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

export function childPath(container: string, key: string): string {
  return container ? `${container}.${key}` : key;
}

/** Whether `path` is `base` or a field inside it. */
export function isUnder(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[]`);
}

/** The repeatable group a path lives in (`dogs[]`), or "" outside any. */
export function listScopeOf(path: string): string {
  const cut = path.lastIndexOf("[]");
  return cut < 0 ? "" : path.slice(0, cut + 2);
}

const decode = (part: string) => part.replaceAll("~1", "/").replaceAll("~0", "~");

/** Follows local `$ref`s (`#/definitions/address`), keeping sibling keywords. */
export function resolveLocalRef(root: Json, node: Json): Json {
  let current = node;
  const seen = new Set<string>();
  while (typeof current.$ref === "string" && current.$ref.startsWith("#/") && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    let target: unknown = root;
    for (const part of current.$ref.slice(2).split("/"))
      target = isRecord(target) ? target[decode(part)] : undefined;
    if (!isRecord(target)) break;
    const { $ref: _ref, ...siblings } = current;
    current = { ...target, ...siblings };
  }
  return current;
}

export function propertiesOf(schema: Json): Json {
  return isRecord(schema.properties) ? schema.properties : {};
}

/** The schema of a field or container (refs resolved), or undefined. */
export function getSchemaAt(root: Json, path: string): Json | undefined {
  let node: Json = root;
  for (const step of stepsOf(path)) {
    const owned = resolveLocalRef(root, node);
    const next = "items" in step ? owned.items : propertiesOf(owned)[step.property];
    if (!isRecord(next)) return undefined;
    node = next;
  }
  return resolveLocalRef(root, node);
}

/**
 * A new root where the node at `path` is `update(node)` (deleted when it returns undefined). Nodes on
 * the way that are `$ref`s become inline copies, so a shared definition is never changed for others.
 * Untouched branches are shared with the old root.
 */
export function updateSchemaAt(root: Json, path: string, update: (node: Json) => Json | undefined): Json {
  const visit = (node: Json, steps: readonly Step[]): Json | undefined => {
    const owned = resolveLocalRef(root, node);
    const [step, ...rest] = steps;
    if (!step) {
      const next = update(owned);
      return next === owned ? node : next;
    }
    if ("items" in step) {
      if (!isRecord(owned.items)) throw new Error("no list items here");
      const items = visit(owned.items, rest);
      if (items === owned.items) return node;
      const { items: _items, ...others } = owned;
      return items ? { ...others, items } : others;
    }
    const properties = propertiesOf(owned);
    const child = properties[step.property];
    if (!isRecord(child)) throw new Error(`no field \`${step.property}\` here`);
    const next = visit(child, rest);
    if (next === child) return node;
    const nextProperties = { ...properties };
    if (next) nextProperties[step.property] = next;
    else delete nextProperties[step.property];
    return { ...owned, properties: nextProperties };
  };
  return visit(root, stepsOf(path)) ?? {};
}

export function getUiAt(ui: Json, path: string): Json | undefined {
  let node: Json | undefined = ui;
  for (const step of stepsOf(path)) {
    const next: unknown = node?.["items" in step ? "items" : step.property];
    node = isRecord(next) ? next : undefined;
  }
  return node;
}

/** A new UI schema where the node at `path` is `update(node)`; empty nodes are left out. */
export function updateUiAt(ui: Json, path: string, update: (node: Json) => Json | undefined): Json {
  const visit = (node: Json, steps: readonly Step[]): Json | undefined => {
    const [step, ...rest] = steps;
    if (!step) return update(node);
    const key = "items" in step ? "items" : step.property;
    const child = isRecord(node[key]) ? (node[key] as Json) : {};
    const next = visit(child, rest);
    if (next === node[key]) return node;
    const copy = { ...node };
    if (next && Object.keys(next).length > 0) copy[key] = next;
    else delete copy[key];
    return copy;
  };
  return visit(ui, stepsOf(path)) ?? {};
}

/** Copy of a record with one key changed (or removed for undefined), same object when nothing changes. */
export function setEntry<R extends Readonly<Record<string, unknown>>>(
  record: R,
  key: string,
  value: R[string] | undefined,
): R {
  if (record[key] === value && (value !== undefined || !Object.hasOwn(record, key))) return record;
  const copy: Record<string, unknown> = { ...record };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as R;
}

/** Renames a key in place, keeping the order of the others. */
export function renameEntry<R extends Readonly<Record<string, unknown>>>(
  record: R,
  from: string,
  to: string,
): R {
  if (!Object.hasOwn(record, from) || from === to) return record;
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key === from ? to : key, value]),
  ) as R;
}

export function withSpec(document: FormDocument, spec: FormSpec): FormDocument {
  return spec === document.spec ? document : { ...document, spec };
}

export function patchSpec(spec: FormSpec, patch: Partial<FormSpec>): FormSpec {
  const changed = (Object.keys(patch) as (keyof FormSpec)[]).some((key) => patch[key] !== spec[key]);
  return changed ? { ...spec, ...patch } : spec;
}
