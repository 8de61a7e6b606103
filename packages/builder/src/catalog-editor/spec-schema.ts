import schema from "@civitas/definitions/schema.json" with { type: "json" };
import type { RJSFSchema, UiSchema } from "@rjsf/utils";

type Json = Record<string, unknown>;
const DEFINITIONS = (schema as unknown as { definitions: Record<string, Json> }).definitions;

/** Marks the schemas the catalog editor renders with its own fields. */
export const LOCALIZED_TEXT = "localized-text";
export const LOCALIZED_LIST = "localized-list";
export const CUSTOM = "x-civitas";

export const CATALOG_KINDS = ["Service", "Channel", "LifeSituation", "Organisation"] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];
export const isCatalogKind = (kind: string): kind is CatalogKind =>
  (CATALOG_KINDS as readonly string[]).includes(kind);

export function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const singular = (title: string) =>
  title.endsWith("ies")
    ? `${title.slice(0, -3)}y`
    : title.endsWith("s") && !title.endsWith("ss")
      ? title.slice(0, -1)
      : title;

interface Prepared {
  schema: RJSFSchema;
  uiSchema: UiSchema;
}

/**
 * The part of the generated JSON Schema of the format that describes a kind's `spec`, with every
 * `$ref` resolved inline, titles for people, no defaults (an untouched field stays out of the
 * document), and the localized texts marked for the editor's own field.
 */
export function prepareSpecSchema(kind: CatalogKind): Prepared {
  const spec = DEFINITIONS[`${kind}Spec`];
  if (!spec) throw new Error(`The format has no spec schema for ${kind}`);
  const uiSchema: UiSchema = { "ui:submitButtonOptions": { norender: true } };
  return { schema: resolve(spec, uiSchema, 0) as RJSFSchema, uiSchema };
}

function resolve(node: Json, ui: UiSchema, depth: number): Json {
  if (depth > 12) return { type: "object" };
  let current = node;
  const ref = typeof current.$ref === "string" ? current.$ref : undefined;
  if (ref) current = { ...deref(ref), ...withoutKeys(current, ["$ref"]) };
  const allOf = current.allOf as Json[] | undefined;
  if (allOf?.length === 1 && allOf[0])
    current = { ...resolve(allOf[0], ui, depth + 1), ...withoutKeys(current, ["allOf"]) };
  if (ref === "#/definitions/LocalizedText")
    return withDescriptionForPeople({
      type: "object",
      [CUSTOM]: LOCALIZED_TEXT,
      ...pick(current, ["description", "title"]),
    });
  if (ref === "#/definitions/LocalizedList")
    return withDescriptionForPeople({
      type: "object",
      [CUSTOM]: LOCALIZED_LIST,
      ...pick(current, ["description", "title"]),
    });
  if (current[CUSTOM]) return current;

  const out: Json = withDescriptionForPeople(
    withoutKeys(current, ["default", "$ref", "allOf", "propertyNames"]),
  );
  if (current.properties) {
    const properties: Json = {};
    for (const [key, value] of Object.entries(current.properties as Record<string, Json>)) {
      const child: UiSchema = {};
      properties[key] = { title: humanize(key), ...resolve(value, child, depth + 1) };
      if (Object.keys(child).length > 0) ui[key] = child;
    }
    out.properties = properties;
  }
  if (current.items && typeof current.items === "object") {
    const child: UiSchema = {};
    const items = resolve(current.items as Json, child, depth + 1);
    const itemTitle = typeof current.title === "string" ? singular(current.title) : undefined;
    out.items = itemTitle && !items.title ? { title: itemTitle, ...items } : items;
    if ((items as { enum?: unknown }).enum) {
      out.uniqueItems = true;
      ui["ui:widget"] = "checkboxes";
    }
    if (Object.keys(child).length > 0) ui.items = child;
  }
  return out;
}

/** What every localized text says about itself: a field per language says it better. */
const GENERIC = new Set(
  ["LocalizedText", "LocalizedList"].map((name) => DEFINITIONS[name]?.description).filter(Boolean),
);

/**
 * A description as service owners should read it: without the format's generic words on localized
 * texts, and without examples of YAML structure (`{ … }`, `[ … ]`) that only definition authors need.
 */
export function describeForPeople(description: unknown): string | undefined {
  if (typeof description !== "string" || GENERIC.has(description)) return undefined;
  const plain = description.replace(/,?\s*e\.g\.\s*`\s*[{[][^`]*`/g, "").trim();
  return plain && plain !== "." ? plain : undefined;
}

function withDescriptionForPeople(node: Json): Json {
  const { description, ...rest } = node;
  const shown = describeForPeople(description);
  return shown ? { ...rest, description: shown } : rest;
}

function deref(ref: string): Json {
  const name = ref.replace("#/definitions/", "");
  return DEFINITIONS[name] ?? {};
}

function withoutKeys(node: Json, keys: string[]): Json {
  return Object.fromEntries(Object.entries(node).filter(([key]) => !keys.includes(key)));
}

function pick(node: Json, keys: string[]): Json {
  return Object.fromEntries(Object.entries(node).filter(([key]) => keys.includes(key)));
}
