import type { FormDocument, FormSpec } from "@civitas/definitions";
import { listContainerKeys, setContainerOrder, uniqueKey } from "./container-order.ts";
import { createFieldTemplate, type FieldKind, KEY_BASE } from "./field-kinds.ts";
import { childPath, propertiesOf, updateSchemaAt, updateUiAt, withSpec } from "./json-tree.ts";

/** Where a field goes: a container (`""` top level, `group`, `list[]`), a page for top-level fields, a position. */
export interface FieldPlace {
  container: string;
  /** Index in `spec.pages` for a top-level field (ignored for a form without pages). */
  page?: number;
  /** Position among the container's (or the page's) fields; the end when left out. */
  index?: number;
}

export interface AddFieldOptions extends FieldPlace {
  kind: FieldKind;
  /** The organisation's languages; the label is written in the first. */
  languages: readonly string[];
}

const insert = <T>(list: readonly T[], index: number | undefined, item: T) => {
  const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
};

/**
 * Places a field's schema (and UI node) into a container at a position: among the page's fields for a
 * top-level field of a form with pages, else in the container's order.
 */
export function placeField(
  spec: FormSpec,
  place: FieldPlace,
  key: string,
  schema: object,
  ui?: object,
): FormSpec {
  const { container } = place;
  const orderBefore = listContainerKeys(spec, container);
  let next: FormSpec = {
    ...spec,
    schema: updateSchemaAt(spec.schema, container, (node) => ({
      ...node,
      properties: { ...propertiesOf(node), [key]: schema },
    })),
  };
  if (ui && Object.keys(ui).length > 0)
    next = { ...next, uiSchema: updateUiAt(next.uiSchema, childPath(container, key), () => ui as never) };
  if (container === "" && spec.pages.length > 0) {
    const pageIndex = Math.max(0, Math.min(place.page ?? 0, spec.pages.length - 1));
    const pages = spec.pages.map((page, i) =>
      i === pageIndex ? { ...page, fields: insert(page.fields, place.index, key) } : page,
    );
    return setContainerOrder({ ...next, pages }, "", [...orderBefore, key]);
  }
  return setContainerOrder(next, container, insert(orderBefore, place.index, key));
}

/**
 * Adds a field of a palette kind with a unique key (`text1`, `text2` ...) and a label in the default
 * language, at a place. Returns the new document and the new field's path.
 *
 * @example
 * ```ts
 * const { document, path } = addField(form, { kind: "email", container: "", page: 0, index: 2, languages: ["cs", "en"] });
 * ```
 */
export function addField(
  document: FormDocument,
  options: AddFieldOptions,
): { document: FormDocument; path: string } {
  const spec = document.spec;
  const { key, n } = uniqueKey(spec, options.container, KEY_BASE[options.kind]);
  const path = childPath(options.container, key);
  const template = createFieldTemplate(options.kind, n, options.languages);
  let next = placeField(spec, options, key, template.schema, template.ui);
  const at = (relative: string) =>
    relative === "" ? path : relative.startsWith("[]") ? path + relative : `${path}.${relative}`;
  const texts = { ...next.texts };
  for (const [relative, value] of Object.entries(template.texts)) texts[at(relative)] = value;
  next = { ...next, texts };
  if (template.attachments) {
    const attachments = { ...next.attachments };
    for (const [relative, value] of Object.entries(template.attachments)) attachments[at(relative)] = value;
    next = { ...next, attachments };
  }
  return { document: withSpec(document, next), path };
}
