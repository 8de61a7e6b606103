import type { Kysely } from "kysely";
import type { Owner } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import { notFound } from "../errors/app-error.ts";
import { deleteDraftsWithFiles, lockDraft } from "./drafts-repository.ts";

/** Deletes an owner's draft (expired or not) with the files uploaded to it. */
export async function deleteDraft(db: Kysely<Database>, owner: Owner | undefined, id: string): Promise<void> {
  if (!owner) throw notFound("Draft");
  const deleted = await db.transaction().execute(async (trx) => {
    const draft = await lockDraft(trx, id, owner);
    if (draft) await deleteDraftsWithFiles(trx, draft.organisation_id, [draft.id]);
    return draft !== undefined;
  });
  if (!deleted) throw notFound("Draft");
}
