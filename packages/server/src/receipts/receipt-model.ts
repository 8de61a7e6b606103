import {
  compileForm,
  type FormField,
  type FormSpec,
  type JsonSchema,
  listFormFields,
  pruneHiddenFields,
} from "@civitas/definitions";
import { type ReceiptTexts, receiptTexts } from "@civitas/templates";
import { formatCalendarDate, formatDateTime, formatFileSize, formatNumber } from "./receipt-formatting.ts";

/** An uploaded file of the submission; the data holds its `id` at `fieldPath`. */
export interface ReceiptAttachmentInput {
  id: string;
  /** The file field, e.g. `children[].birthCertificate` (no indexes). */
  fieldPath: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** What a receipt is made of: the submission, its form version and who received it. */
export interface ReceiptInput {
  form: FormSpec;
  /** The submitted answers, pruned of hidden fields. */
  data: Record<string, unknown>;
  /** The citizen's language. */
  locale: string;
  /** The organisation's default language, for texts the form lacks in `locale`. */
  fallbackLocale: string;
  organisationName: string;
  /** The organisation's registration number, e.g. its IČO. */
  organisationIdentifier?: string | undefined;
  /** The form or service name in the citizen's language. */
  title: string;
  caseNumber: string;
  submittedAt: Date;
  /** IANA time zone the submission time is printed in; `Europe/Prague` by default. */
  timeZone?: string | undefined;
  formId: string;
  formVersion: number;
  submissionId: string;
  attachments: readonly ReceiptAttachmentInput[];
  /** Whether the receipt ends with a list of the files with their SHA-256. */
  listAttachments: boolean;
  /** Where anyone can check the receipt; printed as text and as a QR code. */
  verificationUrl: string;
}

/** One line of the answers: a heading (an object, a repeatable group or one of its items) or an answer. */
export interface ReceiptRow {
  kind: "heading" | "answer";
  /** Nesting level, 0 for top-level fields. */
  depth: number;
  label: string;
  /** The answer as people read it; may hold line breaks. Empty for headings. */
  value: string;
}

export interface ReceiptAttachment {
  filename: string;
  /** `120,5 kB` */
  size: string;
  sha256: string;
  /** Label of the file field it was uploaded to. */
  field: string;
}

/** A receipt ready to print: every text already in the citizen's language. */
export interface ReceiptModel {
  locale: string;
  texts: ReceiptTexts;
  organisationName: string;
  organisationIdentifier?: string | undefined;
  title: string;
  caseNumber: string;
  submittedAt: Date;
  /** `submittedAt` in the receipt's time zone, e.g. `21. listopadu 2026 v 15:04:05 SEČ`. */
  submittedAtText: string;
  formId: string;
  formVersion: number;
  submissionId: string;
  answers: ReceiptRow[];
  /** Empty unless the form lists attachments on its receipts. */
  attachments: ReceiptAttachment[];
  verificationUrl: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isAnswered = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  !(typeof value === "string" && value.trim() === "") &&
  !(Array.isArray(value) && value.length === 0);

/** The UI schema node of a field path (`a[].b` → `a.items.b`), without creating anything. */
function uiNodeAt(uiSchema: Record<string, unknown>, path: string): Record<string, unknown> | undefined {
  let node: unknown = uiSchema;
  for (const part of path.split(".")) {
    const list = part.endsWith("[]");
    for (const key of list ? [part.slice(0, -2), "items"] : [part]) {
      if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
      node = node[key];
    }
  }
  return isRecord(node) ? node : undefined;
}

/** RJSF's `ui:order`: the names it lists first, `*` standing for all the others in written order. */
function applyUiOrder(names: readonly string[], order: unknown): string[] {
  if (!Array.isArray(order)) return [...names];
  const listed = order.filter((name): name is string => typeof name === "string" && names.includes(name));
  const rest = names.filter((name) => !listed.includes(name));
  const star = order.indexOf("*");
  if (star < 0) return [...listed, ...rest];
  const before = order.slice(0, star).filter((name) => listed.includes(name as string)).length;
  return [...listed.slice(0, before), ...rest, ...listed.slice(before)];
}

/**
 * Turns a submission into a printable receipt: every answer with its label in the citizen's language,
 * in the form's order, with values as people read them (choice titles, Yes/No, dates for the locale,
 * file names and sizes); objects become headings and repeatable groups numbered items. Fields the
 * form's logic hides and unanswered fields are left out; answers the form does not know are listed
 * under their property names, so nothing submitted is missing.
 */
export function buildReceiptModel(input: ReceiptInput): ReceiptModel {
  const texts = receiptTexts(input.locale);
  const timeZone = input.timeZone ?? "Europe/Prague";
  const compiled = compileForm(input.form, { locale: input.locale, fallbackLocale: input.fallbackLocale });
  const fields = new Map<string, FormField>();
  const childrenOf = new Map<string, string[]>();
  for (const field of listFormFields(input.form.schema)) {
    fields.set(field.path, field);
    const cut = field.path.lastIndexOf(".");
    const parent = cut < 0 ? "" : field.path.slice(0, cut);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), field.path.slice(cut + 1)]);
  }
  const attachmentsById = new Map(input.attachments.map((file) => [file.id, file]));
  const uiAt = (path: string) => (path ? uiNodeAt(compiled.uiSchema, path) : compiled.uiSchema);

  const labelOf = (path: string | undefined, name: string): string => {
    const title = path === undefined ? undefined : uiAt(path)?.["ui:title"];
    if (typeof title === "string" && title.trim()) return title;
    const schemaTitle = path === undefined ? undefined : fields.get(path)?.schema.title;
    return typeof schemaTitle === "string" && schemaTitle.trim() ? schemaTitle : name;
  };

  const fileText = (id: unknown): string => {
    const file = typeof id === "string" ? attachmentsById.get(id) : undefined;
    return file ? `${file.filename} (${formatFileSize(file.size, input.locale)})` : String(id);
  };

  const scalarText = (
    value: unknown,
    field: FormField | undefined,
    schema: JsonSchema | undefined,
  ): string => {
    if (field?.isAttachment) return fileText(value);
    const enumNames = field ? uiAt(field.path)?.["ui:enumNames"] : undefined;
    const index = field?.options?.indexOf(value as never) ?? -1;
    if (index >= 0 && Array.isArray(enumNames) && typeof enumNames[index] === "string")
      return enumNames[index];
    if (typeof value === "boolean") return value ? texts.yes : texts.no;
    if (typeof value === "number") return formatNumber(value, input.locale);
    if (typeof value === "string") {
      if (schema?.format === "date") return formatCalendarDate(value, input.locale);
      const moment = schema?.format === "date-time" ? new Date(value) : undefined;
      if (moment && !Number.isNaN(moment.getTime())) return formatDateTime(moment, input.locale, timeZone);
      return value;
    }
    return JSON.stringify(value) ?? String(value);
  };

  const valueText = (value: unknown, field: FormField | undefined): string => {
    if (!Array.isArray(value)) return scalarText(value, field, field?.schema);
    const items = isRecord(field?.schema.items) ? field.schema.items : undefined;
    const parts = value.filter(isAnswered).map((item) => scalarText(item, field, items));
    return parts.join(field?.options ? ", " : "\n");
  };

  const rows: ReceiptRow[] = [];
  const addObject = (object: Record<string, unknown>, path: string | undefined, depth: number): void => {
    const known = path === undefined ? [] : (childrenOf.get(path) ?? []);
    const ordered = applyUiOrder(known, path === undefined ? undefined : uiAt(path)?.["ui:order"]);
    const extra = Object.keys(object).filter((name) => !known.includes(name));
    for (const name of [...ordered, ...extra]) {
      if (!Object.hasOwn(object, name)) continue;
      const childPath =
        path === undefined || !known.includes(name) ? undefined : path ? `${path}.${name}` : name;
      addValue(name, object[name], childPath, depth);
    }
  };
  const addValue = (name: string, value: unknown, path: string | undefined, depth: number): void => {
    if (!isAnswered(value)) return;
    const label = labelOf(path, name);
    if (isRecord(value)) {
      const start = rows.push({ kind: "heading", depth, label, value: "" });
      addObject(value, path, depth + 1);
      if (rows.length === start) rows.pop();
      return;
    }
    if (Array.isArray(value) && value.some(isRecord)) {
      rows.push({ kind: "heading", depth, label, value: "" });
      value.forEach((item, index) => {
        const itemLabel = texts.groupItem(label, index + 1, value.length);
        if (!isRecord(item)) {
          if (isAnswered(item))
            rows.push({
              kind: "answer",
              depth: depth + 1,
              label: itemLabel,
              value: valueText(item, undefined),
            });
          return;
        }
        rows.push({ kind: "heading", depth: depth + 1, label: itemLabel, value: "" });
        addObject(item, path === undefined ? undefined : `${path}[]`, depth + 2);
      });
      return;
    }
    rows.push({ kind: "answer", depth, label, value: valueText(value, path ? fields.get(path) : undefined) });
  };
  addObject(pruneHiddenFields(input.form, input.data), "", 0);

  return {
    locale: input.locale,
    texts,
    organisationName: input.organisationName,
    organisationIdentifier: input.organisationIdentifier,
    title: input.title,
    caseNumber: input.caseNumber,
    submittedAt: input.submittedAt,
    submittedAtText: formatDateTime(input.submittedAt, input.locale, timeZone),
    formId: input.formId,
    formVersion: input.formVersion,
    submissionId: input.submissionId,
    answers: rows,
    attachments: input.listAttachments
      ? input.attachments.map((file) => ({
          filename: file.filename,
          size: formatFileSize(file.size, input.locale),
          sha256: file.sha256,
          field: labelOf(file.fieldPath, file.fieldPath),
        }))
      : [],
    verificationUrl: input.verificationUrl,
  };
}
