import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { deleteDraft, moveDraftAttachments } from "./draft-repository.ts";
import { type AttachmentUse, invalidSubmission } from "./submission-data.ts";

/**
 * Takes over a submitted draft inside the submission's transaction: the files the answers refer to
 * move to the submission (each only for the field it was uploaded to), the rest go, and the draft is
 * deleted. Throws, rolling everything back, when a file is foreign or the draft was already submitted.
 */
export async function consumeDraft(
  trx: Kysely<Database>,
  organisationId: string,
  draftId: string,
  submissionId: string,
  attachments: AttachmentUse[],
): Promise<void> {
  const ids = [...new Set(attachments.map((attachment) => attachment.id))];
  const moved = new Map(
    (await moveDraftAttachments(trx, { organisationId, draftId, submissionId, ids })).map((file) => [
      file.id,
      file.field_path,
    ]),
  );
  // A file counts only for the field it was uploaded to (and checked against that field's limits).
  const foreign = attachments.filter((attachment) => moved.get(attachment.id) !== attachment.field);
  if (foreign.length > 0)
    throw invalidSubmission(
      "Some attachments are not part of this draft",
      foreign.map(({ path, id }) => ({
        path,
        message: moved.has(id)
          ? "refers to a file uploaded for another field"
          : "refers to a file that was not uploaded to this draft",
      })),
    );
  if ((await deleteDraft(trx, organisationId, draftId)) === 0)
    throw new AppError("conflict", "This draft has already been submitted");
}
