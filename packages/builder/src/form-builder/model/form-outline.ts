import type { FormSpec } from "@civitas/definitions/form";
import { listContainerKeys } from "./container-order.ts";
import { detectFieldKind, type FieldKind, GROUP_KINDS } from "./field-kinds.ts";
import { childPath, getSchemaAt, getUiAt, isRecord, resolveLocalRef } from "./json-tree.ts";

export interface OutlineField {
  /** Field path, e.g. `applicant.email` or `children[].name`. */
  path: string;
  key: string;
  kind: FieldKind;
  /** The label in the outline's language, else in the default language, else the key. */
  label: string;
  /** The languages of `languages` the label is missing in, e.g. ["lv"]. */
  missingLanguages: readonly string[];
  required: boolean;
  /** Shown only while a logic rule's condition holds. */
  conditional: boolean;
  /** Required while a logic rule's condition holds. */
  requiredWhen: boolean;
  /** For groups: the container their fields live in (`group` or `list[]`) and those fields. */
  container?: string;
  children?: readonly OutlineField[];
}

export interface OutlinePage {
  /** Index in `spec.pages`; -1 for the one page of a form without pages. */
  index: number;
  id: string;
  title: string;
  fields: readonly OutlineField[];
}

export interface FormOutline {
  pages: readonly OutlinePage[];
  /** Top-level fields on no page. */
  unplaced: readonly OutlineField[];
  /** Every field by path. */
  fields: ReadonlyMap<string, OutlineField>;
}

export interface OutlineOptions {
  language: string;
  languages: readonly string[];
  /** The outline of the previous version: unchanged fields and pages keep their objects (for React.memo). */
  previous?: FormOutline;
}

const sameList = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));

function sameField(a: OutlineField, b: OutlineField): boolean {
  return (
    a.path === b.path &&
    a.kind === b.kind &&
    a.label === b.label &&
    a.required === b.required &&
    a.conditional === b.conditional &&
    a.requiredWhen === b.requiredWhen &&
    a.container === b.container &&
    sameList(a.missingLanguages, b.missingLanguages) &&
    sameList(a.children, b.children)
  );
}

/**
 * The form as the builder shows it: pages with their fields in order, groups with theirs, and the
 * top-level fields on no page. A form without pages is one page (index -1) of every top-level field.
 *
 * @example
 * ```ts
 * const outline = getFormOutline(spec, { language: "en", languages: ["cs", "en"] });
 * outline.pages[0]?.fields.map((field) => field.path); // → ["applicant", "dogs"]
 * ```
 */
export function getFormOutline(spec: FormSpec, options: OutlineOptions): FormOutline {
  const { language, languages, previous } = options;
  const shown = new Set(spec.logic.flatMap((rule) => rule.show));
  const requiredWhen = new Set(spec.logic.flatMap((rule) => rule.require));
  const fields = new Map<string, OutlineField>();

  const fieldAt = (container: string, key: string, requiredKeys: readonly unknown[], depth: number) => {
    const path = childPath(container, key);
    const schema = getSchemaAt(spec.schema, path) ?? {};
    const items = isRecord(schema.items) ? resolveLocalRef(spec.schema, schema.items) : undefined;
    const ui = getUiAt(spec.uiSchema, path);
    const kind = detectFieldKind(schema, items, ui);
    const texts = spec.texts[path]?.label ?? {};
    const missing = languages.filter((lang) => !texts[lang]);
    const field: OutlineField = {
      path,
      key,
      kind,
      label: texts[language] || texts[languages[0] ?? ""] || Object.values(texts)[0] || key,
      missingLanguages: missing,
      required: requiredKeys.includes(key),
      conditional: shown.has(path),
      requiredWhen: requiredWhen.has(path),
    };
    if (GROUP_KINDS.has(kind) && depth < 16) {
      const inner = kind === "repeatable-group" ? `${path}[]` : path;
      const innerSchema = kind === "repeatable-group" ? (items ?? {}) : schema;
      const innerRequired = Array.isArray(innerSchema.required) ? innerSchema.required : [];
      field.container = inner;
      field.children = listContainerKeys(spec, inner).map((child) =>
        fieldAt(inner, child, innerRequired, depth + 1),
      );
    }
    const before = previous?.fields.get(path);
    const result = before && sameField(before, field) ? before : field;
    fields.set(path, result);
    return result;
  };

  const rootRequired = Array.isArray(spec.schema.required) ? spec.schema.required : [];
  const topKeys = listContainerKeys(spec, "");
  const top = (key: string) => fieldAt("", key, rootRequired, 0);
  const previousPage = (index: number) => previous?.pages.find((page) => page.index === index);
  const page = (index: number, id: string, title: string, keys: readonly string[]): OutlinePage => {
    const built = { index, id, title, fields: keys.filter((key) => topKeys.includes(key)).map(top) };
    const before = previousPage(index);
    return before && before.id === id && before.title === title && sameList(before.fields, built.fields)
      ? before
      : built;
  };

  const titleOf = (text: Record<string, string>) => text[language] || text[languages[0] ?? ""] || "";
  if (spec.pages.length === 0) {
    return { pages: [page(-1, "form", titleOf(spec.name), topKeys)], unplaced: [], fields };
  }
  const pages = spec.pages.map((p, i) => page(i, p.id, titleOf(p.title) || p.id, p.fields));
  const placed = new Set(spec.pages.flatMap((p) => p.fields));
  const unplaced = topKeys.filter((key) => !placed.has(key)).map(top);
  const same = previous && sameList(previous.unplaced, unplaced) ? previous.unplaced : unplaced;
  return { pages, unplaced: same, fields };
}

/** Every field of the outline, depth first in the order shown. */
export function listOutlineFields(outline: FormOutline): OutlineField[] {
  const list: OutlineField[] = [];
  const visit = (field: OutlineField) => {
    list.push(field);
    field.children?.forEach(visit);
  };
  for (const page of outline.pages) page.fields.forEach(visit);
  outline.unplaced.forEach(visit);
  return list;
}
