import { ATTACHMENT_FORMAT } from "@civitas/definitions/constants";
import { orderProperties, type RJSFSchema, type SchemaUtilsType, type UiSchema } from "@rjsf/utils";
import type { RuntimeMessages } from "../i18n/runtime-messages.ts";
import { type DataPath, toFieldId } from "../paths/field-paths.ts";
import type { FileRegistry } from "../theme/civitas-form-context.ts";
import { labelOf } from "../validation/label-of.ts";
import type { WizardPage } from "./wizard-pages.ts";

/** One answer as the review step lists it. */
export interface Answer {
  path: DataPath;
  fieldId: string;
  /** The field's own label ("E-mail"). */
  label: string;
  /** The groups it is in, "" for none ("Legal representatives 2"). */
  group: string;
  /** Both, for a link that must make sense alone ("Legal representatives 2 – E-mail"). */
  fullLabel: string;
  value: string;
}

interface Walk {
  schemaUtils: SchemaUtilsType;
  messages: RuntimeMessages;
  locale: string;
  files: FileRegistry;
  uiSchema: UiSchema;
  answers: Answer[];
}

/** The property order the form shows; a `ui:order` that misses a property is not allowed to hide it. */
function ordered(names: string[], order: unknown): string[] {
  try {
    return orderProperties(names, Array.isArray(order) ? (order as string[]) : undefined);
  } catch {
    return names;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function display(schema: RJSFSchema, ui: UiSchema | undefined, value: unknown, walk: Walk): string {
  const { messages } = walk;
  if (value === undefined || value === null || value === "") return messages.notAnswered;
  if (schema.format === ATTACHMENT_FORMAT)
    return walk.files.known.get(String(value))?.filename ?? messages.file.attached;
  if (Array.isArray(schema.enum)) {
    const names = ui?.["ui:enumNames"];
    const index = schema.enum.indexOf(value as never);
    if (Array.isArray(names) && index >= 0 && typeof names[index] === "string") return names[index];
  }
  if (typeof value === "boolean") return value ? messages.yes : messages.no;
  if (schema.format === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split("-").map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(walk.locale, { dateStyle: "long" }).format(new Date(year, month - 1, day));
  }
  return String(value);
}

/** Lists the answers under one field as the form shows it: conditions resolved against the data. */
function visit(raw: RJSFSchema, ui: UiSchema | undefined, value: unknown, path: DataPath, walk: Walk): void {
  const schema = walk.schemaUtils.retrieveSchema(raw, value as never);
  if (ui?.["ui:widget"] === "hidden") return;
  if (schema.type === "object" || schema.properties) {
    const properties = (schema.properties ?? {}) as Record<string, RJSFSchema>;
    const data = isRecord(value) ? value : {};
    for (const name of ordered(Object.keys(properties), ui?.["ui:order"]))
      visit(properties[name] as RJSFSchema, ui?.[name] as UiSchema, data[name], [...path, name], walk);
    return;
  }
  const items = isRecord(schema.items) ? (schema.items as RJSFSchema) : undefined;
  if (schema.type === "array" && items && (items.type === "object" || items.properties)) {
    (Array.isArray(value) ? value : []).forEach((item, index) => {
      visit(items, ui?.items as UiSchema, item, [...path, index], walk);
    });
    return;
  }
  const { label: fullLabel, parts } = labelOf(walk.uiSchema, path, walk.messages);
  const shown =
    schema.type === "array" && items
      ? (Array.isArray(value) ? value : [])
          .map((item) => display(items, ui?.items as UiSchema, item, walk))
          .join(", ")
      : display(schema, ui, value, walk);
  walk.answers.push({
    path,
    fieldId: toFieldId(path),
    label: parts.at(-1) ?? fullLabel,
    group: parts.slice(0, -1).join(" – "),
    fullLabel,
    value: shown || walk.messages.notAnswered,
  });
}

/**
 * The answers of each page in the order the form shows them, with labels and values in words
 * (choice titles, dates in the person's language, file names). Fields the form's logic hides for
 * these answers are left out, whatever value they still hold.
 */
export function listAnswers(
  pages: readonly WizardPage[],
  schema: RJSFSchema,
  data: Record<string, unknown>,
  options: Omit<Walk, "answers">,
): Array<{ page: WizardPage; answers: Answer[] }> {
  const root = options.schemaUtils.retrieveSchema(schema, data);
  const properties = (root.properties ?? {}) as Record<string, RJSFSchema>;
  return pages
    .filter((page) => page.fields.length > 0)
    .map((page) => {
      const walk: Walk = { ...options, answers: [] };
      for (const name of page.fields) {
        const field = properties[name];
        if (field) visit(field, options.uiSchema[name] as UiSchema, data[name], [name], walk);
      }
      return { page, answers: walk.answers };
    });
}
