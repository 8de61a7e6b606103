import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

type Db = Kysely<Database>;

// The draft's owner is checked first; every query here is then scoped to its organisation and draft.

const SUMMARY = ["id", "field_path", "filename", "content_type", "size", "sha256", "created_at"] as const;

export async function insertAttachment(
  db: Db,
  values: {
    id: string;
    organisationId: string;
    draftId: string;
    field: string;
    filename: string;
    contentType: string;
    size: number;
    sha256: string;
    content: Uint8Array;
  },
) {
  return db
    .insertInto("attachments")
    .values({
      id: values.id,
      organisation_id: values.organisationId,
      draft_id: values.draftId,
      field_path: values.field,
      filename: values.filename,
      content_type: values.contentType,
      size: values.size,
      sha256: values.sha256,
      content: values.content,
    })
    .returning(SUMMARY)
    .executeTakeFirstOrThrow();
}

export async function listDraftAttachments(db: Db, organisationId: string, draftId: string) {
  return db
    .selectFrom("attachments")
    .select(SUMMARY)
    .where("organisation_id", "=", organisationId)
    .where("draft_id", "=", draftId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function countDraftAttachments(db: Db, organisationId: string, draftId: string) {
  const row = await db
    .selectFrom("attachments")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("organisation_id", "=", organisationId)
    .where("draft_id", "=", draftId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findDraftAttachmentFile(db: Db, organisationId: string, draftId: string, id: string) {
  return db
    .selectFrom("attachments")
    .select(["filename", "content_type", "content"])
    .where("organisation_id", "=", organisationId)
    .where("draft_id", "=", draftId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Deletes a file of a draft that no submission has taken over; false when there was none. */
export async function deleteDraftAttachment(db: Db, organisationId: string, draftId: string, id: string) {
  const result = await db
    .deleteFrom("attachments")
    .where("organisation_id", "=", organisationId)
    .where("draft_id", "=", draftId)
    .where("id", "=", id)
    .where("submission_id", "is", null)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
