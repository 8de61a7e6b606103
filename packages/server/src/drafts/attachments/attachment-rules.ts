import { type FormSpec, listFormFields } from "@civitas/definitions";
import { AppError } from "../../errors/app-error.ts";

const MIB = 1024 * 1024;
export const DEFAULT_MAX_SIZE_MB = 10;
export const DEFAULT_TYPES = ["application/pdf", "image/jpeg", "image/png"];

export interface AttachmentRules {
  maxBytes: number;
  types: string[];
}

/**
 * The limits of a file field of a form version: its `attachments` rules or the defaults. A path that is
 * not a file field of that version is refused, naming the ones that are.
 */
export function attachmentRulesFor(spec: FormSpec, field: string): AttachmentRules {
  const fields = listFormFields(spec.schema);
  const fileFields = fields.filter((candidate) => candidate.isAttachment).map((candidate) => candidate.path);
  if (!fileFields.includes(field)) {
    const known = fields.some((candidate) => candidate.path === field);
    const which = fileFields.length
      ? `its file fields are ${fileFields.join(", ")}`
      : "it has no file fields";
    throw new AppError(
      "bad-request",
      `${known ? `"${field}" is not a file field` : `There is no field "${field}"`} in this form; ${which}`,
      { fileFields },
    );
  }
  const rules = spec.attachments?.[field];
  return {
    maxBytes: Math.floor((rules?.maxSizeMb ?? DEFAULT_MAX_SIZE_MB) * MIB),
    types: rules?.types ?? DEFAULT_TYPES,
  };
}

/** "10 MB", "0.5 MB": sizes as the form's author wrote them. */
export const describeSize = (bytes: number): string => `${Math.round((bytes / MIB) * 100) / 100} MB`;
