import type { FormSpec } from "@civitas/definitions/form";
import {
  childPath,
  getSchemaAt,
  getUiAt,
  type Json,
  propertiesOf,
  setEntry,
  updateSchemaAt,
  updateUiAt,
} from "./json-tree.ts";

/** The keys of a container (`""`, `group`, `list[]`) in the order people see them (RJSF `ui:order`). */
export function listContainerKeys(spec: FormSpec, container: string): string[] {
  const schema = getSchemaAt(spec.schema, container);
  const keys = schema ? Object.keys(propertiesOf(schema)) : [];
  const order = getUiAt(spec.uiSchema, container)?.["ui:order"];
  if (!Array.isArray(order)) return keys;
  const listed = order.filter((key): key is string => typeof key === "string" && keys.includes(key));
  const rest = keys.filter((key) => !listed.includes(key));
  const star = order.indexOf("*");
  if (star < 0) return [...listed, ...rest];
  const before = order.slice(0, star).filter((key) => listed.includes(key as string)).length;
  return [...listed.slice(0, before), ...rest, ...listed.slice(before)];
}

/**
 * Writes the order of a container: its schema `properties` in that order, and `ui:order` for nested
 * containers (at the top level only where the author already had one; pages order the top level).
 */
export function setContainerOrder(spec: FormSpec, container: string, keys: readonly string[]): FormSpec {
  const schema = updateSchemaAt(spec.schema, container, (node) => {
    const properties = propertiesOf(node);
    const current = Object.keys(properties);
    if (current.length === keys.length && current.every((key, i) => key === keys[i])) return node;
    const ordered: Json = {};
    for (const key of keys) if (Object.hasOwn(properties, key)) ordered[key] = properties[key];
    return { ...node, properties: ordered };
  });
  const hasOrder = Array.isArray(getUiAt(spec.uiSchema, container)?.["ui:order"]);
  const uiSchema =
    container !== "" || hasOrder
      ? updateUiAt(spec.uiSchema, container, (node) => {
          const order = node["ui:order"];
          if (
            Array.isArray(order) &&
            order.length === keys.length &&
            order.every((key, i) => key === keys[i])
          )
            return node;
          return setEntry(node, "ui:order", keys.length > 0 ? [...keys] : undefined);
        })
      : spec.uiSchema;
  return schema === spec.schema && uiSchema === spec.uiSchema ? spec : { ...spec, schema, uiSchema };
}

/** A key not yet used in `container` (nor by leftover texts), e.g. `text3`. */
export function uniqueKey(
  spec: FormSpec,
  container: string,
  base: string,
  start = 1,
): { key: string; n: number } {
  const taken = new Set(listContainerKeys(spec, container));
  for (let n = start; ; n++) {
    const key = `${base}${n}`;
    if (!taken.has(key) && !spec.texts[childPath(container, key)]) return { key, n };
  }
}
