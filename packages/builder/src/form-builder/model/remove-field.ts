import type { FormDocument, FormSpec } from "@civitas/definitions";
import { listContainerKeys, setContainerOrder } from "./container-order.ts";
import {
  containerOf,
  getSchemaAt,
  getUiAt,
  type Json,
  keyOf,
  propertiesOf,
  setEntry,
  updateSchemaAt,
  updateUiAt,
  withSpec,
} from "./json-tree.ts";
import { mapReferences, movedPath } from "./path-references.ts";

/** What `takeField` lifted out of its container, to be put back elsewhere. */
export interface TakenField {
  schema: object;
  ui: object | undefined;
  required: boolean;
}

/**
 * Takes a field out of its container: schema property, `required`, UI node, `ui:order` and its page
 * entry (a page left without fields is removed). References elsewhere are left as they are.
 */
export function takeField(spec: FormSpec, path: string): { spec: FormSpec; taken: TakenField } {
  const container = containerOf(path);
  const key = keyOf(path);
  const containerSchema = getSchemaAt(spec.schema, container) ?? {};
  const fieldSchema = propertiesOf(containerSchema)[key];
  if (!fieldSchema) throw new Error(`the form has no field \`${path}\``);
  const required = Array.isArray(containerSchema.required) && containerSchema.required.includes(key);
  const schema = updateSchemaAt(spec.schema, container, (node) => {
    const next: Json = { ...node, properties: setEntry(propertiesOf(node), key, undefined) };
    if (Array.isArray(node.required)) {
      const rest = (node.required as string[]).filter((name) => name !== key);
      if (rest.length > 0) next.required = rest;
      else delete next.required;
    }
    return next;
  });
  const ui = getUiAt(spec.uiSchema, path);
  const uiSchema = ui ? updateUiAt(spec.uiSchema, path, () => undefined) : spec.uiSchema;
  const pages =
    container === ""
      ? spec.pages
          .map((page) =>
            page.fields.includes(key) ? { ...page, fields: page.fields.filter((f) => f !== key) } : page,
          )
          .filter((page) => page.fields.length > 0)
      : spec.pages;
  const order = listContainerKeys(spec, container).filter((name) => name !== key);
  const next = setContainerOrder({ ...spec, schema, uiSchema, pages }, container, order);
  return { spec: next, taken: { schema: fieldSchema as object, ui, required } };
}

/**
 * Removes a field and everything that names it: its texts, logic (rules left without a condition or
 * target go), attachment rules, prefill, page entry and `required` membership, and route conditions.
 * A page left without fields is removed.
 */
export function removeField(document: FormDocument, path: string): FormDocument {
  const { spec } = takeField(document.spec, path);
  return withSpec(document, mapReferences(spec, movedPath(path, null)));
}
