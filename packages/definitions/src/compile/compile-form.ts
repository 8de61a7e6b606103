import { parseFieldPath } from "../form/field-path.ts";
import { type JsonSchema, listFormFields } from "../form/form-fields.ts";
import type { LocalizedText } from "../model/common.ts";
import type { FormSpec } from "../model/form.ts";
import { applyLogic } from "./apply-logic.ts";

export interface CompiledPage {
  id: string;
  title: string;
  description?: string;
  fields: string[];
}

/** A form ready for RJSF in one language. */
export interface CompiledForm {
  locale: string;
  title: string;
  description?: string;
  /** The data schema with the logic compiled in; the same for every language. */
  schema: JsonSchema;
  /** Widgets and every text for people (`ui:title`, `ui:help`, `ui:enumNames` ...) in `locale`. */
  uiSchema: Record<string, unknown>;
  /** The wizard pages; a form without pages gets one page (`form`) of every top-level field. */
  pages: CompiledPage[];
  /** Texts shown in the fallback language because `locale` has none, e.g. `texts.child.name.label`. */
  missingTranslations: string[];
}

export interface CompileOptions {
  locale: string;
  /** Used where a text has no version in `locale`; defaults to the first language of each text. */
  fallbackLocale?: string;
}

/**
 * The form's data schema with its logic compiled in (`if`/`then` with `required`): what RJSF renders
 * and what the server validates submissions against. Does not change `spec`.
 */
export function compileFormSchema(spec: FormSpec): JsonSchema {
  const schema = structuredClone(spec.schema);
  applyLogic(schema, spec.logic);
  return schema;
}

/**
 * Compiles a form for one language: the JSON Schema and UI schema RJSF renders, with labels, help,
 * placeholders and choice titles in `locale` (falling back to `fallbackLocale`).
 *
 * @example
 * ```ts
 * const { schema, uiSchema, pages } = compileForm(form.spec, { locale: "en", fallbackLocale: "cs" });
 * <Form schema={schema} uiSchema={uiSchema} validator={validator} />
 * ```
 */
export function compileForm(spec: FormSpec, options: CompileOptions): CompiledForm {
  const missingTranslations: string[] = [];
  const localize = (text: LocalizedText, where: string): string => {
    const value = text[options.locale];
    if (value !== undefined) return value;
    missingTranslations.push(where);
    return (options.fallbackLocale && text[options.fallbackLocale]) ?? Object.values(text)[0] ?? "";
  };

  const schema = compileFormSchema(spec);
  const uiSchema = structuredClone(spec.uiSchema);
  const fields = listFormFields(spec.schema);
  for (const field of fields) {
    const node = uiNodeAt(uiSchema, field.path);
    const texts = spec.texts[field.path];
    if (texts?.label) node["ui:title"] = localize(texts.label, `texts.${field.path}.label`);
    if (texts?.help) node["ui:help"] = localize(texts.help, `texts.${field.path}.help`);
    if (texts?.placeholder)
      node["ui:placeholder"] = localize(texts.placeholder, `texts.${field.path}.placeholder`);
    if (texts?.options && field.options) {
      const titles = texts.options;
      node["ui:enumNames"] = field.options.map((value) => {
        const title = titles[String(value)];
        return title ? localize(title, `texts.${field.path}.options.${String(value)}`) : String(value);
      });
    }
    const attachment = spec.attachments[field.path];
    if (field.isAttachment) {
      const rules = attachment ?? { maxSizeMb: 10, types: ["application/pdf", "image/jpeg", "image/png"] };
      node["ui:options"] = {
        ...(node["ui:options"] as object),
        accept: rules.types.join(","),
        maxSizeMb: rules.maxSizeMb,
      };
    }
  }
  keepWrittenOrder(spec, uiSchema);

  const title = localize(spec.name, "name");
  const description = spec.description ? localize(spec.description, "description") : undefined;
  uiSchema["ui:title"] = title;
  if (description) uiSchema["ui:description"] = description;
  // A form without pages is one page of every top-level field, as authored (logic may have moved
  // some of them out of the compiled schema's `properties`).
  const pages =
    spec.pages.length > 0
      ? spec.pages.map((page) => ({
          id: page.id,
          title: localize(page.title, `pages.${page.id}.title`),
          ...(page.description
            ? { description: localize(page.description, `pages.${page.id}.description`) }
            : {}),
          fields: [...page.fields],
        }))
      : [{ id: "form", title, fields: Object.keys((spec.schema.properties as object | undefined) ?? {}) }];
  return {
    locale: options.locale,
    title,
    ...(description ? { description } : {}),
    schema,
    uiSchema,
    pages,
    missingTranslations,
  };
}

/** The UI schema node of a field, created on the way if missing (`children[].name` → children.items.name). */
function uiNodeAt(uiSchema: Record<string, unknown>, path: string): Record<string, unknown> {
  let node = uiSchema;
  for (const step of parseFieldPath(path)) {
    const key = "items" in step ? "items" : step.property;
    const child = node[key];
    node[key] = typeof child === "object" && child !== null ? child : {};
    node = node[key] as Record<string, unknown>;
  }
  return node;
}

/**
 * Fields shown by logic live in a `then` branch, which RJSF would render last. A `ui:order` listing
 * every field as written keeps the author's order (RJSF skips names absent at the moment).
 */
function keepWrittenOrder(spec: FormSpec, uiSchema: Record<string, unknown>): void {
  const conditional = new Set(spec.logic.flatMap((rule) => rule.show));
  const byParent = new Map<string, string[]>();
  for (const field of listFormFields(spec.schema)) {
    const cut = field.path.lastIndexOf(".");
    const parent = cut < 0 ? "" : field.path.slice(0, cut);
    byParent.set(parent, [...(byParent.get(parent) ?? []), field.path]);
  }
  for (const [parent, children] of byParent) {
    if (!children.some((path) => conditional.has(path))) continue;
    const node = parent ? uiNodeAt(uiSchema, parent) : uiSchema;
    if (node["ui:order"]) continue;
    node["ui:order"] = [...children.map((path) => path.slice(path.lastIndexOf(".") + 1)), "*"];
  }
}
