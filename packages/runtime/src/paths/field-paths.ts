/**
 * Paths of answers in the form's data, as RJSF and the definition name them:
 * - a data path: `["representatives", 0, "email"]`,
 * - an element id: `root_representatives_0_email` (RJSF's default prefix and separator),
 * - an element name: `representatives.0.email` (our `nameGenerator`),
 * - an error property: `.representatives.0.email` (the validator's),
 * - a definition path: `representatives[].email` (what `texts`, `attachments` and the upload endpoint use).
 */
export type DataPath = readonly (string | number)[];

const step = (part: string): string | number => (/^\d+$/.test(part) ? Number(part) : part);

/** The id RJSF gives the element of an answer. */
export const toFieldId = (path: DataPath): string => ["root", ...path].join("_");

/** The `name` attribute our `nameGenerator` gives the element of an answer. */
export const toFieldName = (path: DataPath): string => path.join(".");

/** The data path of an element name or validator error property (`.a.0.b` or `a.0.b`). */
export const parseDataPath = (dotted: string): DataPath =>
  dotted.replace(/^\./, "").split(".").filter(Boolean).map(step);

/**
 * The definition's path of an answer: list indexes become `[]`, and a file in a list of files
 * (`declarations.otherAttachments.2`) is answered by the list's own field.
 */
export function toDefinitionPath(path: DataPath): string {
  let result = "";
  for (const part of path) result += typeof part === "number" ? "[]" : `${result ? "." : ""}${part}`;
  return result.endsWith("[]") ? result.slice(0, -2) : result;
}
