import { type Kysely, type Selectable, sql, type Updateable } from "kysely";
import type { Database, WorkingCopiesTable } from "../../db/schema.ts";
import type { DocumentRef } from "../document-ref.ts";

export type WorkingCopyRow = Selectable<WorkingCopiesTable>;

const whereRef = (ref: DocumentRef) =>
  ({ organisation_id: ref.organisationId, kind: ref.kind, document_id: ref.documentId }) as const;

/** The working copy of a document, locked for the rest of the transaction when `lock` is set. */
export async function findWorkingCopy(
  db: Kysely<Database>,
  ref: DocumentRef,
  options: { lock?: boolean } = {},
): Promise<WorkingCopyRow | undefined> {
  const key = whereRef(ref);
  let query = db
    .selectFrom("working_copies")
    .selectAll()
    .where("organisation_id", "=", key.organisation_id)
    .where("kind", "=", key.kind)
    .where("document_id", "=", key.document_id);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Stores the one working copy of a document as a draft, replacing the one there was. */
export async function upsertWorkingCopy(
  db: Kysely<Database>,
  ref: DocumentRef,
  values: { content: unknown; baseVersion: number | null; updatedBy: string },
): Promise<WorkingCopyRow> {
  const changes = {
    content: JSON.stringify(values.content),
    state: "draft",
    base_version: values.baseVersion,
    publish_at: null,
    scheduled_by: null,
    updated_by: values.updatedBy,
    updated_at: sql<Date>`now()`,
  };
  return db
    .insertInto("working_copies")
    .values({ ...whereRef(ref), ...changes })
    .onConflict((oc) => oc.columns(["organisation_id", "kind", "document_id"]).doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Changes the state (or schedule, or comment) of a working copy; its content stays as it is. */
export async function updateWorkingCopy(
  db: Kysely<Database>,
  ref: DocumentRef,
  changes: Pick<Updateable<WorkingCopiesTable>, "state" | "publish_at" | "scheduled_by" | "comment">,
): Promise<WorkingCopyRow> {
  const key = whereRef(ref);
  return db
    .updateTable("working_copies")
    .set(changes)
    .where("organisation_id", "=", key.organisation_id)
    .where("kind", "=", key.kind)
    .where("document_id", "=", key.document_id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteWorkingCopy(db: Kysely<Database>, ref: DocumentRef): Promise<void> {
  const key = whereRef(ref);
  await db
    .deleteFrom("working_copies")
    .where("organisation_id", "=", key.organisation_id)
    .where("kind", "=", key.kind)
    .where("document_id", "=", key.document_id)
    .execute();
}

/** Working copies of every organisation whose scheduled time has come, oldest first. */
export async function listDueWorkingCopies(db: Kysely<Database>, now: Date, limit: number) {
  return db
    .selectFrom("working_copies")
    .select(["organisation_id", "kind", "document_id"])
    .where("publish_at", "<=", now)
    .where("state", "=", "approved")
    .orderBy("publish_at")
    .limit(limit)
    .execute();
}

/**
 * Locks one due working copy, or returns nothing when another process holds it (it is publishing
 * it) or it is no longer due.
 */
export async function lockDueWorkingCopy(
  db: Kysely<Database>,
  ref: DocumentRef,
  now: Date,
): Promise<WorkingCopyRow | undefined> {
  const key = whereRef(ref);
  return db
    .selectFrom("working_copies")
    .selectAll()
    .where("organisation_id", "=", key.organisation_id)
    .where("kind", "=", key.kind)
    .where("document_id", "=", key.document_id)
    .where("publish_at", "<=", now)
    .where("state", "=", "approved")
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}
