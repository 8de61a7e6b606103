import { z } from "zod";
import { RESUME_TOKEN_HEADER } from "../citizens/owner.ts";

/** The answers of a draft: any JSON object (size and depth are checked by the service). */
export const DraftData = z
  .record(z.string(), z.unknown())
  .meta({ description: "The answers so far, shaped by the form's JSON Schema; partial while a draft." });

export const DraftPage = z
  .string()
  .min(1)
  .max(200)
  .nullable()
  .meta({ description: "The wizard page last shown." });

export const DraftId = z.uuid().meta({ description: "The draft's id." });

export const CreateDraftBody = z.object({ data: DraftData.optional(), page: DraftPage.optional() });

export const SaveDraftBody = z.object({
  data: DraftData,
  page: DraftPage.optional().meta({ description: "Left as it was when omitted." }),
  revision: z
    .number()
    .int()
    .min(1)
    .meta({ description: "The revision this save is based on: the one last read or saved." }),
});

export const Draft = z
  .object({
    id: DraftId,
    organisation: z.string(),
    form: z.string(),
    formVersion: z.number().int().meta({ description: "The published form version the draft is pinned to." }),
    data: DraftData,
    page: z.string().nullable(),
    revision: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
    expiresAt: z.date().meta({ description: "When the draft is deleted unless it is saved again before." }),
  })
  .meta({ id: "Draft" });

export const CreatedDraft = Draft.extend({
  resumeToken: z
    .string()
    .optional()
    .meta({
      description: `Only for an anonymous draft, only in this response: send it as ${RESUME_TOKEN_HEADER} to resume.`,
    }),
}).meta({ id: "CreatedDraft" });

export const SavedDraft = z
  .object({ id: DraftId, revision: z.number().int(), updatedAt: z.date(), expiresAt: z.date() })
  .meta({ id: "SavedDraft" });

export const MyDraft = z
  .object({
    id: DraftId,
    organisation: z.string(),
    form: z.string(),
    formName: z.string(),
    formVersion: z.number().int(),
    page: z.string().nullable(),
    revision: z.number().int(),
    updatedAt: z.date(),
    expiresAt: z.date(),
  })
  .meta({ id: "MyDraft" });

export const Lang = z
  .string()
  .regex(/^[a-z]{2}$/)
  .optional()
  .meta({ description: "Language of texts such as form names, e.g. cs, en, lv; falls back to English." });

/** Documents the header anonymous owners present; other headers pass through untouched. */
export const ResumeTokenHeaders = z.looseObject({
  [RESUME_TOKEN_HEADER]: z
    .string()
    .optional()
    .meta({ description: "The resume token of an anonymous draft (not needed when signed in)." }),
});
