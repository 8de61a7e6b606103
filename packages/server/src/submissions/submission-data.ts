import { type FormSpec, listFormFields } from "@civitas/definitions";
import { AppError } from "../errors/app-error.ts";
import type { FieldError } from "../registry/form-versions.ts";

/** A problem with one answer: where (JSON pointer into the data) and what. */
export type { FieldError };

/** `invalid-submission` with every problem in `details.errors` and the first one in the sentence. */
export const invalidSubmission = (message: string, errors: FieldError[]) =>
  new AppError("invalid-submission", `${message}: ${errors[0]?.path} ${errors[0]?.message}`, { errors });

const MAX_DEPTH = 32;
const pointerStep = (key: string | number) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`;

/**
 * Problems the database or the server would choke on, whatever the form says: nesting deeper than
 * any form goes, and the NUL character (PostgreSQL's jsonb cannot hold it). Walks without recursion.
 */
export function checkDataShape(data: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: data, path: "", depth: 0 }];
  while (stack.length > 0 && errors.length < 20) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === "string") {
      if (value.includes("\u0000"))
        errors.push({ path: path || "/", message: "must not contain a NUL character" });
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEPTH) {
      errors.push({ path: path || "/", message: `must not be nested more than ${MAX_DEPTH} levels deep` });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key.includes("\u0000"))
        errors.push({ path: path || "/", message: "must not have a NUL character in a name" });
      stack.push({ value: child, path: `${path}${pointerStep(key)}`, depth: depth + 1 });
    }
  }
  return errors;
}

/** Every value found at a field path (`dogs[].adoptionContract` gives one per dog), with its JSON pointer. */
function valuesAt(data: unknown, path: string): Array<{ value: unknown; pointer: string }> {
  let found: Array<{ value: unknown; pointer: string }> = [{ value: data, pointer: "" }];
  for (const part of path.split(".")) {
    const isList = part.endsWith("[]");
    const name = isList ? part.slice(0, -2) : part;
    found = found.flatMap(({ value, pointer }) => {
      if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, name))
        return [];
      const child = {
        value: (value as Record<string, unknown>)[name],
        pointer: `${pointer}${pointerStep(name)}`,
      };
      if (!isList) return [child];
      return Array.isArray(child.value)
        ? child.value.map((item, index) => ({
            value: item,
            pointer: `${child.pointer}${pointerStep(index)}`,
          }))
        : [];
    });
  }
  return found;
}

/** An attachment the answers refer to: its id, where in the data, and the file field it answers. */
export interface AttachmentUse {
  id: string;
  path: string;
  field: string;
}

// The file fields of each form schema: published versions never change, and are kept (with their
// schema) by the registry's cache, so a schema is walked once rather than on every submission.
const fileFieldsOf = new WeakMap<FormSpec["schema"], string[]>();

function fileFields(schema: FormSpec["schema"]): string[] {
  let paths = fileFieldsOf.get(schema);
  if (!paths) {
    paths = listFormFields(schema)
      .filter((field) => field.isAttachment)
      .map((field) => field.path);
    fileFieldsOf.set(schema, paths);
  }
  return paths;
}

/** The attachment ids the data refers to (file fields, single or lists), with where they are. */
export function collectAttachmentIds(spec: FormSpec, data: unknown): AttachmentUse[] {
  const ids: AttachmentUse[] = [];
  for (const field of fileFields(spec.schema)) {
    for (const { value, pointer } of valuesAt(data, field)) {
      if (typeof value === "string") ids.push({ id: value, path: pointer, field });
      else if (Array.isArray(value))
        value.forEach((item, index) => {
          if (typeof item === "string")
            ids.push({ id: item, path: `${pointer}${pointerStep(index)}`, field });
        });
    }
  }
  return ids;
}

/** JSON with object keys sorted: equal for equal data whatever order the keys came in (jsonb reorders them). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Whether two answers are the same data. */
export const sameData = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
