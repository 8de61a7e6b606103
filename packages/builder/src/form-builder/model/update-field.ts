import type { FormDocument, FormSpec } from "@civitas/definitions";
import type { FieldTexts } from "@civitas/definitions/form";
import {
  containerOf,
  getSchemaAt,
  isRecord,
  type Json,
  keyOf,
  listScopeOf,
  setEntry,
  updateSchemaAt,
  updateUiAt,
  withSpec,
} from "./json-tree.ts";

export type FieldTextName = "label" | "help" | "placeholder";
export type PrefillSource = FormSpec["prefill"][string];

/** The identity sources `prefill` may name (kept in step with the model by the type checker). */
export const PREFILL_SOURCES = [
  "identity.givenName",
  "identity.familyName",
  "identity.fullName",
  "identity.birthDate",
  "identity.email",
  "identity.phone",
  "identity.address",
  "identity.personId",
] as const satisfies readonly PrefillSource[];
type Missing = Exclude<PrefillSource, (typeof PREFILL_SOURCES)[number]>;
const everySourceListed: [Missing] extends [never] ? true : false = true;
void everySourceListed;

/** Sets (or, for "", removes) one language of a text of a field. */
export function setFieldText(
  document: FormDocument,
  path: string,
  name: FieldTextName,
  language: string,
  value: string,
): FormDocument {
  const spec = document.spec;
  const texts: FieldTexts = spec.texts[path] ?? {};
  const text = setEntry(texts[name] ?? {}, language, value === "" ? undefined : value);
  const nextTexts = { ...texts, [name]: text };
  if (Object.keys(text).length === 0) delete nextTexts[name];
  if ((texts[name] ?? {}) === text) return document;
  return withSpec(document, { ...spec, texts: setEntry(spec.texts, path, nextTexts) });
}

/** Whether the field is in its container's `required`. */
export function isFieldRequired(spec: FormSpec, path: string): boolean {
  const container = getSchemaAt(spec.schema, containerOf(path));
  return Array.isArray(container?.required) && container.required.includes(keyOf(path));
}

export function setFieldRequired(document: FormDocument, path: string, required: boolean): FormDocument {
  const key = keyOf(path);
  if (isFieldRequired(document.spec, path) === required) return document;
  const schema = updateSchemaAt(document.spec.schema, containerOf(path), (node) => {
    const list = Array.isArray(node.required) ? (node.required as string[]) : [];
    const next = required ? [...list, key] : list.filter((name) => name !== key);
    const { required: _old, ...rest } = node;
    return next.length > 0 ? { ...rest, required: next } : rest;
  });
  return withSpec(document, { ...document.spec, schema });
}

/** Changes a field's schema through `update` (e.g. validation keywords); the same document when it returns its input. */
export function updateFieldSchema(
  document: FormDocument,
  path: string,
  update: (schema: Json) => Json,
): FormDocument {
  return withSpec(document, { ...document.spec, schema: updateSchemaAt(document.spec.schema, path, update) });
}

/**
 * Sets one JSON Schema keyword of a field (`minLength`, `maximum`, `pattern`, `minItems`, `default` ...);
 * undefined removes it. `items: true` writes it on the list's items (a multiple choice's `enum`).
 */
export function setFieldKeyword(
  document: FormDocument,
  path: string,
  keyword: string,
  value: unknown,
  options: { items?: boolean } = {},
): FormDocument {
  const current = getSchemaAt(document.spec.schema, options.items ? `${path}[]` : path);
  if (current?.[keyword] === value) return document;
  return updateFieldSchema(document, path, (schema) => {
    if (!options.items) return setEntry(schema, keyword, value);
    const items = isRecord(schema.items) ? schema.items : {};
    return { ...schema, items: setEntry(items, keyword, value) };
  });
}

/** Sets keys of the field's UI node (`ui:widget`, `ui:options` ...); undefined removes a key. */
export function setFieldUi(document: FormDocument, path: string, patch: Json): FormDocument {
  const uiSchema = updateUiAt(document.spec.uiSchema, path, (node) => {
    let next = node;
    for (const [key, value] of Object.entries(patch)) next = setEntry(next, key, value);
    return next;
  });
  return uiSchema === document.spec.uiSchema ? document : withSpec(document, { ...document.spec, uiSchema });
}

/** The identity sources that may fill a field: text fields and address groups outside repeatable groups. */
export function listPrefillSources(spec: FormSpec, path: string): PrefillSource[] {
  const schema = getSchemaAt(spec.schema, path);
  if (!schema || listScopeOf(path) !== "") return [];
  if (schema.type === "object") return ["identity.address"];
  if (schema.type !== "string" || schema.enum || schema.format === "attachment") return [];
  return PREFILL_SOURCES.filter((source) => source !== "identity.address");
}

export function setFieldPrefill(document: FormDocument, path: string, source: PrefillSource | undefined) {
  const prefill = setEntry(document.spec.prefill, path, source);
  return withSpec(
    document,
    prefill === document.spec.prefill ? document.spec : { ...document.spec, prefill },
  );
}

/** Sets a file field's limits (size in MB, media types). */
export function setAttachmentRules(
  document: FormDocument,
  path: string,
  rules: { maxSizeMb: number; types: string[] },
): FormDocument {
  return withSpec(document, {
    ...document.spec,
    attachments: { ...document.spec.attachments, [path]: rules },
  });
}
