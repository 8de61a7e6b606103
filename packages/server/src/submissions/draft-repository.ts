import type { Kysely } from "kysely";
import type { Owner } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import { ownerFilter } from "./submission-owner.ts";

// The drafts domain owns these tables; a submission reads the draft it comes from and consumes it.

export function findDraftOfOwner(
  db: Kysely<Database>,
  where: { organisationId: string; formId: string; id: string; owner: Owner },
) {
  const [column, value] = ownerFilter(where.owner);
  return db
    .selectFrom("drafts")
    .select(["id", "form_version_id", "expires_at"])
    .where("organisation_id", "=", where.organisationId)
    .where("form_id", "=", where.formId)
    .where("id", "=", where.id)
    .where(column, "=", value)
    .executeTakeFirst();
}

/** Deletes a submitted draft; 0 when another submission consumed it first. */
export async function deleteDraft(db: Kysely<Database>, organisationId: string, id: string): Promise<number> {
  const result = await db
    .deleteFrom("drafts")
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Moves the draft's attachments the answers refer to over to the submission and deletes the ones
 * they no longer refer to. Returns the files moved (fewer than asked when some are not the draft's).
 */
export async function moveDraftAttachments(
  db: Kysely<Database>,
  move: { organisationId: string; draftId: string; submissionId: string; ids: readonly string[] },
): Promise<Array<{ id: string; field_path: string }>> {
  const moved =
    move.ids.length === 0
      ? []
      : await db
          .updateTable("attachments")
          .set({ submission_id: move.submissionId, draft_id: null })
          .where("organisation_id", "=", move.organisationId)
          .where("draft_id", "=", move.draftId)
          .where("submission_id", "is", null)
          .where("id", "in", [...move.ids])
          .returning(["id", "field_path"])
          .execute();
  await db
    .deleteFrom("attachments")
    .where("organisation_id", "=", move.organisationId)
    .where("draft_id", "=", move.draftId)
    .where("submission_id", "is", null)
    .execute();
  return moved;
}
