import type { FormDocument, FormSpec } from "@civitas/definitions";
import { type FieldPlace, placeField } from "./add-field.ts";
import { listContainerKeys, setContainerOrder, uniqueKey } from "./container-order.ts";
import { childPath, containerOf, isUnder, keyOf, updateSchemaAt, withSpec } from "./json-tree.ts";
import { mapReferences, movedPath } from "./path-references.ts";
import { takeField } from "./remove-field.ts";

const move = <T>(list: readonly T[], item: T, index: number) => {
  const rest = list.filter((entry) => entry !== item);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), item, ...rest.slice(at)];
};

/** The page (index in `spec.pages`) a top-level field is on, or -1. */
export function pageOfField(spec: FormSpec, key: string): number {
  return spec.pages.findIndex((page) => page.fields.includes(key));
}

/**
 * Whether a field may move to a place: never into itself, and never off a page it is the only field
 * of (a page needs a field; remove the page instead).
 */
export function canMoveField(spec: FormSpec, path: string, place: FieldPlace): boolean {
  if (place.container !== containerOf(path) && isUnder(place.container, path)) return false;
  if (containerOf(path) !== "" || spec.pages.length === 0) return true;
  const from = pageOfField(spec, keyOf(path));
  const staysOnPage = place.container === "" && (place.page ?? 0) === from;
  return staysOnPage || from < 0 || (spec.pages[from]?.fields.length ?? 0) > 1;
}

/**
 * Moves a field to a place: reorders it within its container or page, moves it to another page, or
 * into or out of a group. `place.index` is the position the field ends up at. A field that enters a
 * container holding the same key gets a new one (`email2`); every reference follows the new path,
 * and logic, prefill and route tests that the new place does not allow are dropped.
 *
 * @example
 * ```ts
 * moveField(form, "applicant.email", { container: "", page: 1, index: 0 }); // out of the group, onto page 2
 * ```
 */
export function moveField(document: FormDocument, path: string, place: FieldPlace): FormDocument {
  const spec = document.spec;
  if (!canMoveField(spec, path, place)) return document;
  const container = containerOf(path);
  const key = keyOf(path);
  const index = place.index ?? Number.MAX_SAFE_INTEGER;
  if (place.container === container) {
    if (container === "" && spec.pages.length > 0) {
      const from = pageOfField(spec, key);
      const to = Math.max(0, Math.min(place.page ?? 0, spec.pages.length - 1));
      const pages = spec.pages.map((page, i) => {
        if (i === to) return { ...page, fields: move(page.fields, key, index) };
        if (i === from) return { ...page, fields: page.fields.filter((name) => name !== key) };
        return page;
      });
      return withSpec(document, { ...spec, pages });
    }
    const order = listContainerKeys(spec, container);
    return withSpec(document, setContainerOrder(spec, container, move(order, key, index)));
  }
  const { spec: without, taken } = takeField(spec, path);
  const newKey = listContainerKeys(without, place.container).includes(key)
    ? uniqueKey(without, place.container, key, 2).key
    : key;
  let next = placeField(without, place, newKey, taken.schema, taken.ui);
  if (taken.required) {
    next = {
      ...next,
      schema: updateSchemaAt(next.schema, place.container, (node) => ({
        ...node,
        required: [...(Array.isArray(node.required) ? (node.required as string[]) : []), newKey],
      })),
    };
  }
  return withSpec(document, mapReferences(next, movedPath(path, childPath(place.container, newKey))));
}
