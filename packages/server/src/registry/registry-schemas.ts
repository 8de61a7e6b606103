import { KINDS } from "@civitas/definitions";
import { z } from "zod";
import { OrganisationParam } from "../http/schemas.ts";

/** The schemas of the registry's REST routes and tRPC procedures: one source for both and for OpenAPI. */

export const DocumentParams = OrganisationParam.extend({
  kind: z
    .string()
    .min(1)
    .max(40)
    .meta({ description: `One of ${KINDS.join(", ")}` }),
  id: z.string().min(1).max(80),
});
export const VersionParams = DocumentParams.extend({ version: z.coerce.number().int().min(1) });

export const SourceFileInput = z.object({
  path: z.string().min(1).max(300).meta({ description: "Shown in problems, e.g. `services/parking.yaml`" }),
  text: z.string().meta({ description: "YAML or JSON" }),
});

export const ValidateInput = z.object({ files: z.array(SourceFileInput).min(1).max(500) });

export const WorkingCopyInput = z
  .union([
    z.strictObject({
      text: z.string().meta({ description: "YAML or JSON of the one document" }),
      path: z.string().min(1).max(300).optional(),
    }),
    z.strictObject({
      content: z.record(z.string(), z.unknown()).meta({ description: "The document as JSON" }),
    }),
  ])
  .meta({ id: "WorkingCopySource", description: "The document as YAML/JSON text, or as JSON content" });

export const ProblemOutput = z
  .object({
    severity: z.enum(["error", "warning"]),
    code: z.string(),
    message: z.string(),
    file: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    pointer: z.string(),
    documentIndex: z.number().int().optional(),
  })
  .meta({
    id: "DefinitionProblem",
    description: "A problem in a definition, located for a person to fix it",
  });

export const ValidationOutput = z.object({ ok: z.boolean(), problems: z.array(ProblemOutput) });

export const WORKING_COPY_STATES = ["draft", "in-review", "approved"] as const;
export const LIST_STATES = [...WORKING_COPY_STATES, "scheduled", "published", "archived"] as const;

const Content = z.record(z.string(), z.unknown());

export const WorkingCopyOutput = z
  .object({
    state: z.enum(WORKING_COPY_STATES),
    content: Content,
    baseVersion: z.number().int().nullable(),
    publishAt: z.date().nullable(),
    scheduledBy: z.string().nullable(),
    comment: z.string().nullable(),
    updatedBy: z.string(),
    updatedAt: z.date(),
  })
  .meta({ id: "WorkingCopy" });

export const VersionSummaryOutput = z.object({
  version: z.number().int(),
  publishedAt: z.date(),
  publishedBy: z.string(),
  contentHash: z.string(),
});
export const VersionOutput = VersionSummaryOutput.extend({ content: Content }).meta({
  id: "DocumentVersion",
});

export const DocumentSummaryOutput = z
  .object({
    kind: z.string(),
    id: z.string(),
    latestVersion: z.number().int().nullable(),
    publishedAt: z.date().nullable(),
    workingCopyState: z.enum(WORKING_COPY_STATES).nullable(),
    publishAt: z.date().nullable(),
    archived: z.boolean(),
    reviewBy: z.string().nullable(),
  })
  .meta({ id: "DocumentSummary" });

export const ListDocumentsQuery = z.object({
  kind: z.enum(KINDS).optional(),
  state: z.enum(LIST_STATES).optional(),
  dueForReviewBefore: z.iso.date().optional().meta({
    description:
      "Documents not archived whose review-by date (metadata.publication.reviewBy) is before this date",
  }),
});

export const DocumentOutput = z
  .object({
    kind: z.string(),
    id: z.string(),
    archivedAt: z.date().nullable(),
    latest: VersionOutput.nullable(),
    workingCopy: WorkingCopyOutput.nullable(),
  })
  .meta({ id: "Document" });

export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1).optional().meta({ description: "A version; default the latest" }),
  to: z
    .union([z.literal("working-copy"), z.coerce.number().int().min(1)])
    .optional()
    .meta({ description: "A version or `working-copy` (the default)" }),
});

export const DiffOutput = z
  .object({
    from: z.number().int().nullable(),
    to: z.union([z.number().int(), z.literal("working-copy")]),
    changes: z.array(
      z.object({
        pointer: z.string(),
        change: z.enum(["added", "removed", "changed"]),
        before: z.unknown().optional(),
        after: z.unknown().optional(),
      }),
    ),
  })
  .meta({ id: "DocumentDiff" });

export const SaveOutput = z.object({ workingCopy: WorkingCopyOutput, problems: z.array(ProblemOutput) });
export const RequestChangesInput = z.object({ comment: z.string().trim().min(1).max(4000) });
export const PublishInput = z.object({
  at: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: "Publish at this time (ISO 8601) instead of now" }),
});
export const PublishOutput = z.object({
  published: z.boolean(),
  version: z.number().int().nullable(),
  publishAt: z.date().nullable(),
});

export const AuditQuery = z.object({
  kind: z.enum(KINDS).optional(),
  id: z.string().min(1).max(80).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().optional().meta({ description: "Entries older than this entry id" }),
});

export const AuditEntryOutput = z
  .object({
    id: z.number().int(),
    actor: z.string(),
    action: z.string(),
    kind: z.string().nullable(),
    documentId: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    at: z.date(),
  })
  .meta({ id: "AuditEntry" });

export const ReviewsDueQuery = z.object({
  within: z.coerce
    .number()
    .int()
    .min(0)
    .max(3660)
    .default(30)
    .meta({ description: "Days from today; documents past their review-by date are always listed" }),
});

export const ReviewDueOutput = z
  .object({
    kind: z.string(),
    id: z.string(),
    name: z
      .record(z.string(), z.string())
      .nullable()
      .meta({ description: "The document's name per language" }),
    version: z.number().int().meta({ description: "The latest published version, which sets the date" }),
    reviewBy: z.iso.date(),
    responsible: z.string().nullable().meta({ description: "Who answers for the content: `Name <e-mail>`" }),
    overdue: z.boolean().meta({ description: "The review-by date has passed" }),
  })
  .meta({ id: "ReviewDue" });
