import { ATTACHMENT_FORMAT } from "@civitas/definitions/constants";
import type { FieldTexts } from "@civitas/definitions/form";
import { defaultWord, wordInLanguages } from "./default-texts.ts";
import { isRecord, type Json } from "./json-tree.ts";

/** What a field is, as the builder shows it. */
export const FIELD_KINDS = [
  "text",
  "long-text",
  "number",
  "date",
  "email",
  "phone",
  "single-choice",
  "multiple-choice",
  "yes-no",
  "file",
  "address",
  "group",
  "repeatable-group",
  "checkbox",
  "other",
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** What the palette offers: field kinds, a new page, and an information text (a page description). */
export const PALETTE_ITEMS = [
  "text",
  "long-text",
  "number",
  "date",
  "email",
  "phone",
  "single-choice",
  "multiple-choice",
  "yes-no",
  "file",
  "address",
  "group",
  "repeatable-group",
  "page",
  "info-text",
] as const;
export type PaletteItem = (typeof PALETTE_ITEMS)[number];

/** Kinds whose fields hold other fields. */
export const GROUP_KINDS: ReadonlySet<FieldKind> = new Set(["address", "group", "repeatable-group"]);

export const PHONE_PATTERN = "^\\+?[0-9][0-9 ]{7,15}[0-9]$";
export const DEFAULT_FILE_TYPES = ["application/pdf", "image/jpeg", "image/png"];

/** The key prefix of new fields of a kind: `text1`, `text2` ... */
export const KEY_BASE: Record<FieldKind, string> = {
  text: "text",
  "long-text": "longText",
  number: "number",
  date: "date",
  email: "email",
  phone: "phone",
  "single-choice": "choice",
  "multiple-choice": "choices",
  "yes-no": "yesNo",
  file: "file",
  address: "address",
  group: "group",
  "repeatable-group": "items",
  checkbox: "checkbox",
  other: "field",
};

/** The kind of a field from its (ref-resolved) schema, its items' schema and its UI schema node. */
export function detectFieldKind(schema: Json, items: Json | undefined, ui: Json | undefined): FieldKind {
  const widget = ui?.["ui:widget"];
  const options = isRecord(ui?.["ui:options"]) ? (ui["ui:options"] as Json) : {};
  if (schema.type === "array") {
    if (items?.type === "object" || isRecord(items?.properties)) return "repeatable-group";
    if (items?.format === ATTACHMENT_FORMAT) return "file";
    if (Array.isArray(items?.enum)) return "multiple-choice";
    return "other";
  }
  if (schema.type === "object" || isRecord(schema.properties)) {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    return "street" in properties && "city" in properties ? "address" : "group";
  }
  if (schema.type === "boolean") return "checkbox";
  if (schema.type === "number" || schema.type === "integer") return "number";
  if (schema.format === ATTACHMENT_FORMAT) return "file";
  if (Array.isArray(schema.enum)) {
    const values = schema.enum;
    return values.length === 2 && values.includes("yes") && values.includes("no")
      ? "yes-no"
      : "single-choice";
  }
  if (schema.format === "date") return "date";
  if (schema.format === "email") return "email";
  if (widget === "textarea") return "long-text";
  if (options.inputType === "tel" || schema.pattern === PHONE_PATTERN) return "phone";
  if (schema.type === "string" || schema.type === undefined) return "text";
  return "other";
}

/** What adding a field of a kind writes; texts and attachments are keyed relative to the new field. */
export interface FieldTemplate {
  schema: Json;
  ui?: Json;
  /** "" is the field itself, `street` a child, `[].text1` a child of the items. */
  texts: Record<string, FieldTexts>;
  attachments?: Record<string, { maxSizeMb: number; types: string[] }>;
}

const label = (text: string, language: string) => ({ label: { [language]: text } });

/** The schema, UI schema and texts a new field of `kind` starts with. `number` makes its label unique. */
export function createFieldTemplate(
  kind: FieldKind,
  number: number,
  languages: readonly string[],
): FieldTemplate {
  const language = languages[0] ?? "en";
  const own = label(`${defaultWord(kind, language)} ${number}`, language);
  const option = (n: number) => ({ [language]: `${defaultWord("option", language)} ${n}` });
  switch (kind) {
    case "long-text":
      return {
        schema: { type: "string", maxLength: 2000 },
        ui: { "ui:widget": "textarea", "ui:options": { rows: 4 } },
        texts: { "": own },
      };
    case "number":
      return { schema: { type: "number" }, texts: { "": own } };
    case "date":
      return { schema: { type: "string", format: "date" }, texts: { "": own } };
    case "email":
      return { schema: { type: "string", format: "email", maxLength: 100 }, texts: { "": own } };
    case "phone":
      return {
        schema: { type: "string", pattern: PHONE_PATTERN, maxLength: 20 },
        ui: { "ui:options": { inputType: "tel" } },
        texts: { "": own },
      };
    case "single-choice":
      return {
        schema: { type: "string", enum: ["option1", "option2"] },
        ui: { "ui:widget": "radio" },
        texts: { "": { ...own, options: { option1: option(1), option2: option(2) } } },
      };
    case "multiple-choice":
      return {
        schema: { type: "array", uniqueItems: true, items: { type: "string", enum: ["option1", "option2"] } },
        ui: { "ui:widget": "checkboxes" },
        texts: { "": { ...own, options: { option1: option(1), option2: option(2) } } },
      };
    case "yes-no":
      return {
        schema: { type: "string", enum: ["yes", "no"] },
        ui: { "ui:widget": "radio", "ui:options": { inline: true } },
        texts: {
          "": {
            ...own,
            options: { yes: wordInLanguages("yes", languages), no: wordInLanguages("no", languages) },
          },
        },
      };
    case "file":
      return {
        schema: { type: "string", format: ATTACHMENT_FORMAT },
        texts: { "": own },
        attachments: { "": { maxSizeMb: 10, types: [...DEFAULT_FILE_TYPES] } },
      };
    case "address":
      return {
        schema: {
          type: "object",
          required: ["street", "city", "postalCode"],
          properties: {
            street: { type: "string", minLength: 2, maxLength: 100 },
            city: { type: "string", minLength: 2, maxLength: 60 },
            postalCode: { type: "string", minLength: 3, maxLength: 10 },
          },
        },
        ui: { "ui:order": ["street", "city", "postalCode"] },
        texts: {
          "": own,
          street: { label: wordInLanguages("street", languages) },
          city: { label: wordInLanguages("city", languages) },
          postalCode: { label: wordInLanguages("postalCode", languages) },
        },
      };
    case "group":
      return {
        schema: { type: "object", properties: { text1: { type: "string", maxLength: 200 } } },
        ui: { "ui:order": ["text1"] },
        texts: { "": own, text1: label(`${defaultWord("text", language)} 1`, language) },
      };
    case "repeatable-group":
      return {
        schema: {
          type: "array",
          minItems: 1,
          maxItems: 10,
          items: { type: "object", properties: { text1: { type: "string", maxLength: 200 } } },
        },
        ui: { items: { "ui:order": ["text1"] } },
        texts: { "": own, "[].text1": label(`${defaultWord("text", language)} 1`, language) },
      };
    case "checkbox":
      return { schema: { type: "boolean" }, texts: { "": own } };
    default:
      return { schema: { type: "string", maxLength: 200 }, texts: { "": own } };
  }
}
