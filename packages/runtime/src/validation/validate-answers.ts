import type { RJSFSchema, UiSchema, ValidatorType } from "@rjsf/utils";
import type { RuntimeMessages } from "../i18n/runtime-messages.ts";
import { type DataPath, parseDataPath, toFieldId } from "../paths/field-paths.ts";
import { labelOf } from "./label-of.ts";

/** A problem with one answer, ready to be shown inline and in the error summary. */
export interface FieldIssue {
  path: DataPath;
  /** The id of the answer's element (or of its group), to link and focus it. */
  fieldId: string;
  /** The top-level field the answer belongs to, which says which wizard page it is on. */
  field: string;
  /** The answer's label with its context, e.g. "Legal representatives 2 – E-mail". */
  label: string;
  message: string;
  keyword: string;
}

/**
 * Validates the answers against the form's compiled schema (its logic included) and returns one issue
 * per answer, in words: the first problem of each. The `if` of a condition is not a problem of its
 * own (its `then` reports what is missing). A wrong pattern gets the field's placeholder as example.
 */
export function validateAnswers(
  validator: ValidatorType,
  schema: RJSFSchema,
  uiSchema: UiSchema,
  data: unknown,
  messages: RuntimeMessages,
): FieldIssue[] {
  const { errors } = validator.validateFormData(data, schema, undefined, undefined, uiSchema);
  const issues = new Map<string, FieldIssue>();
  for (const error of errors) {
    if (error.name === "if" || error.property === undefined) continue;
    const path = parseDataPath(error.property);
    const fieldId = toFieldId(path);
    if (issues.has(fieldId) || path.length === 0) continue;
    const { label, placeholder } = labelOf(uiSchema, path, messages);
    let message = error.message ?? "";
    if (error.name === "pattern" && placeholder) message = `${message} ${messages.example(placeholder)}`;
    issues.set(fieldId, { path, fieldId, field: String(path[0]), label, message, keyword: error.name ?? "" });
  }
  return [...issues.values()];
}
