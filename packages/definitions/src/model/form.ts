import { z } from "zod";
import { Id, LocalizedText } from "./common.ts";
import { Condition, FieldPath } from "./condition.ts";
import { SubmissionSettings } from "./form-submission.ts";

/** Texts of one field, per language, kept outside the JSON Schema and compiled per locale. */
export const FieldTexts = z
  .strictObject({
    label: LocalizedText.optional(),
    help: LocalizedText.optional(),
    placeholder: LocalizedText.optional(),
    options: z
      .record(z.string(), LocalizedText)
      .optional()
      .meta({ description: "Titles of the choice values, keyed by value." }),
  })
  .meta({ id: "FieldTexts" });
export type FieldTexts = z.infer<typeof FieldTexts>;

export const FormPage = z
  .strictObject({
    id: Id,
    title: LocalizedText,
    description: LocalizedText.optional(),
    fields: z
      .array(z.string().min(1))
      .min(1)
      .meta({ description: "Top-level fields on this page, in order." }),
  })
  .meta({ id: "FormPage" });
export type FormPage = z.infer<typeof FormPage>;

export const LogicRule = z
  .strictObject({
    id: Id.optional(),
    when: Condition,
    show: z
      .array(FieldPath)
      .default([])
      .meta({ description: "Fields shown only while the condition holds." }),
    require: z
      .array(FieldPath)
      .default([])
      .meta({ description: "Fields required while the condition holds." }),
  })
  .refine((rule) => rule.show.length + rule.require.length > 0, { error: "a rule needs `show` or `require`" })
  .meta({ id: "LogicRule" });
export type LogicRule = z.infer<typeof LogicRule>;

export const AttachmentRules = z
  .strictObject({
    maxSizeMb: z.number().positive().max(100).default(10),
    types: z
      .array(
        z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, { error: "must be a media type such as application/pdf" }),
      )
      .min(1)
      .default(["application/pdf", "image/jpeg", "image/png"]),
  })
  .meta({ id: "AttachmentRules" });

const PREFILL_SOURCES = [
  "identity.givenName",
  "identity.familyName",
  "identity.fullName",
  "identity.birthDate",
  "identity.email",
  "identity.phone",
  "identity.address",
  "identity.personId",
] as const;

export const FormSpec = z
  .strictObject({
    name: LocalizedText,
    description: LocalizedText.optional(),
    schema: z
      .record(z.string(), z.unknown())
      .meta({ description: "JSON Schema (draft-07) of the data; texts for people go in `texts`." }),
    uiSchema: z
      .record(z.string(), z.unknown())
      .default({})
      .meta({ description: "RJSF UI schema: widgets, order." }),
    texts: z
      .record(FieldPath, FieldTexts)
      .default({})
      .meta({ description: "Labels, help and option titles per field." }),
    pages: z.array(FormPage).default([]).meta({ description: "Wizard pages; none means one page." }),
    logic: z.array(LogicRule).default([]),
    attachments: z
      .record(FieldPath, AttachmentRules)
      .default({})
      .meta({ description: "Limits per file field." }),
    prefill: z.record(FieldPath, z.enum(PREFILL_SOURCES)).default({}),
    submission: SubmissionSettings.prefault({}),
  })
  .meta({
    id: "FormSpec",
    description: "An e-form: the data schema, its texts, pages, logic and submission settings.",
  });
export type FormSpec = z.infer<typeof FormSpec>;
