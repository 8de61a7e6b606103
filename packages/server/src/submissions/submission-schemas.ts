import { CASE_STATES } from "@civitas/definitions";
import { z } from "zod";

// The shapes of the submissions API, shared by the REST routes (and their OpenAPI) and tRPC procedures.

export const CaseState = z.enum(CASE_STATES);

export const IdempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[\x21-\x7e]+$/, { error: "must be printable ASCII without spaces, e.g. a UUID" })
  .describe("A key the client makes up per submission (e.g. a UUID) and repeats on every retry.");

/** Resume tokens as `citizens/owner.ts` accepts them. */
export const ResumeToken = z.string().min(32).max(128);

export const SubmitBody = z.object({
  data: z.record(z.string(), z.unknown()).describe("The answers, as the form's data schema describes them."),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "must be a language tag such as cs or en-GB" })
    .describe("The language the citizen filled the form in."),
  draftId: z
    .uuid()
    .optional()
    .describe("The draft being submitted; its form version is the one validated against."),
});

export const SubmissionReceipt = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  state: CaseState,
  submittedAt: z.iso.datetime(),
  formVersion: z.number().int(),
  receiptUrl: z
    .string()
    .describe("Where the owner downloads the signed PDF receipt (with the resume token when anonymous)"),
  resumeToken: z
    .string()
    .optional()
    .describe("Only for an anonymous submission made without a resume token: shown this once."),
});

export const SubmissionSummary = z.object({
  id: z.uuid(),
  organisation: z.string(),
  form: z.string(),
  formVersion: z.number().int(),
  caseNumber: z.string(),
  state: CaseState,
  submittedAt: z.iso.datetime(),
  externalReference: z.string().nullable().describe("The back office's own case id, once it reported one."),
});

const HistoryEntry = z.object({ state: CaseState, note: z.string().nullable(), at: z.iso.datetime() });

export const OwnSubmission = SubmissionSummary.extend({
  locale: z.string(),
  data: z.record(z.string(), z.unknown()),
  history: z.array(HistoryEntry),
});

export const BackOfficeSubmission = OwnSubmission.extend({
  history: z.array(HistoryEntry.extend({ actor: z.string() })),
  deliveries: z.array(
    z.object({
      routeId: z.string(),
      connector: z.string(),
      state: z.string().describe("pending, delivered, dead … as the connectors report"),
      attempts: z.number().int(),
      nextAttemptAt: z.iso.datetime(),
      deliveredAt: z.iso.datetime().nullable(),
    }),
  ),
});

export const StateChangeBody = z.object({
  state: CaseState,
  note: z.string().max(2000).optional().describe("Shown to the citizen in the case history."),
  reference: z.string().min(1).max(200).optional().describe("The back office's own case id."),
});

export const WithdrawBody = z.object({ note: z.string().max(2000).optional() }).default({});

export const OrganisationSubmissionsQuery = z.object({
  form: z.string().min(1).max(80).optional(),
  state: CaseState.optional(),
  since: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("Only those submitted after this moment, oldest first (for polling); otherwise newest first."),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
