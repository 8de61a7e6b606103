import type { FormDocument, FormSpec } from "@civitas/definitions";
import { listContainerKeys } from "./container-order.ts";
import {
  childPath,
  containerOf,
  getUiAt,
  type Json,
  keyOf,
  propertiesOf,
  renameEntry,
  updateSchemaAt,
  updateUiAt,
  withSpec,
} from "./json-tree.ts";
import { mapReferences, movedPath } from "./path-references.ts";

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Why `key` cannot be the new key of the field at `path`, or undefined when it can. */
export function checkFieldKey(spec: FormSpec, path: string, key: string): string | undefined {
  if (!KEY.test(key))
    return "A key starts with a letter and has only letters, digits and _ (no spaces or dashes).";
  if (key !== keyOf(path) && listContainerKeys(spec, containerOf(path)).includes(key))
    return `Another field here already has the key ${key}.`;
  return undefined;
}

/**
 * Gives a field a new key and rewrites every reference to it and to the fields inside it: schema
 * property (keeping its position), `required`, UI schema, `ui:order`, pages, texts, logic,
 * attachments, prefill and submission route conditions. Throws when `checkFieldKey` objects.
 *
 * @example
 * ```ts
 * renameField(form, "applicant.mail", "email"); // texts["applicant.email"], logic, pages ... follow
 * ```
 */
export function renameField(document: FormDocument, path: string, key: string): FormDocument {
  const spec = document.spec;
  const problem = checkFieldKey(spec, path, key);
  if (problem) throw new Error(problem);
  const from = keyOf(path);
  if (from === key) return document;
  const container = containerOf(path);
  const rename = (list: unknown) =>
    Array.isArray(list) ? list.map((name) => (name === from ? key : name)) : list;
  const schema = updateSchemaAt(spec.schema, container, (node) => {
    const next: Json = { ...node, properties: renameEntry(propertiesOf(node), from, key) };
    if (Array.isArray(node.required)) next.required = rename(node.required);
    return next;
  });
  const containerUi = getUiAt(spec.uiSchema, container);
  const uiSchema = containerUi
    ? updateUiAt(spec.uiSchema, container, (node) => {
        const next = renameEntry(node, from, key);
        return Array.isArray(node["ui:order"]) ? { ...next, "ui:order": rename(node["ui:order"]) } : next;
      })
    : spec.uiSchema;
  const pages =
    container === ""
      ? spec.pages.map((page) =>
          page.fields.includes(from) ? { ...page, fields: rename(page.fields) as string[] } : page,
        )
      : spec.pages;
  const next = { ...spec, schema, uiSchema, pages };
  return withSpec(document, mapReferences(next, movedPath(path, childPath(container, key))));
}
