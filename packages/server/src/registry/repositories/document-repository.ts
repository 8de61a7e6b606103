import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { DocumentRef } from "../document-ref.ts";

const byRef = (ref: DocumentRef) => ({
  organisation_id: ref.organisationId,
  kind: ref.kind,
  id: ref.documentId,
});

/** The document row, locked against concurrent archiving when `lock` is set. */
export async function findDocument(db: Kysely<Database>, ref: DocumentRef, options: { lock?: boolean } = {}) {
  let query = db
    .selectFrom("documents")
    .select(["created_at", "archived_at"])
    .where("organisation_id", "=", ref.organisationId)
    .where("kind", "=", ref.kind)
    .where("id", "=", ref.documentId);
  if (options.lock) query = query.forNoKeyUpdate();
  return query.executeTakeFirst();
}

/** Creates the document row of a new document (its first working copy needs one). */
export async function ensureDocument(db: Kysely<Database>, ref: DocumentRef): Promise<void> {
  await db
    .insertInto("documents")
    .values(byRef(ref))
    .onConflict((oc) => oc.columns(["organisation_id", "kind", "id"]).doNothing())
    .execute();
}

export async function setDocumentArchived(db: Kysely<Database>, ref: DocumentRef, archived: boolean) {
  await db
    .updateTable("documents")
    .set({ archived_at: archived ? sql`now()` : null })
    .where("organisation_id", "=", ref.organisationId)
    .where("kind", "=", ref.kind)
    .where("id", "=", ref.documentId)
    .execute();
}
