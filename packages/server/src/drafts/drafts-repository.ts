import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Owner } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";

type Db = Kysely<Database>;

/** Every query on a draft names its owner: a signed-in citizen's subject or the resume token's hash. */
const ownedBy = (owner: Owner) => (eb: ExpressionBuilder<Database, "drafts">) =>
  owner.kind === "subject"
    ? eb("drafts.owner_subject", "=", owner.subject)
    : eb("drafts.resume_token_hash", "=", owner.tokenHash);

/** Expiry is judged by the database's clock everywhere, so reads and conditional saves agree. */
const isExpired = sql<boolean>`drafts.expires_at <= now()`.as("expired");

const expiresIn = (days: number) => sql<Date>`now() + make_interval(days => ${days}::int)`;

export async function insertDraft(
  db: Db,
  values: {
    organisationId: string;
    formId: string;
    formVersionId: string;
    owner: { owner_subject: string | null; resume_token_hash: string | null };
    data: string;
    page: string | null;
    retentionDays: number;
  },
) {
  return db
    .insertInto("drafts")
    .values({
      organisation_id: values.organisationId,
      form_id: values.formId,
      form_version_id: values.formVersionId,
      ...values.owner,
      data: values.data,
      page: values.page,
      expires_at: expiresIn(values.retentionDays),
      retention_days: values.retentionDays,
    })
    .returning(["id", "revision", "created_at", "updated_at", "expires_at"])
    .executeTakeFirstOrThrow();
}

/** A draft with its answers and the number of the form version it is pinned to. */
export async function findDraft(db: Db, id: string, owner: Owner) {
  return db
    .selectFrom("drafts")
    .innerJoin("document_versions", "document_versions.id", "drafts.form_version_id")
    .selectAll("drafts")
    .select(["document_versions.version as form_version", isExpired])
    .where("drafts.id", "=", id)
    .where(ownedBy(owner))
    .executeTakeFirst();
}

/**
 * A draft without its answers: enough to check it exists, is live and to find its form version, and
 * to tell why a conditional save matched nothing.
 */
export async function findDraftHead(db: Db, id: string, owner: Owner) {
  return db
    .selectFrom("drafts")
    .select([
      "id",
      "organisation_id",
      "form_version_id",
      "revision",
      "updated_at",
      "expires_at",
      "retention_days",
      isExpired,
    ])
    .where("drafts.id", "=", id)
    .where(ownedBy(owner))
    .executeTakeFirst();
}

/**
 * Saves answers only while the stored revision is still `revision` and the draft has not expired, in
 * one statement: of two tabs saving the same revision exactly one wins. The expiry moves to the
 * draft's retention (kept on the row) from now. Undefined when nothing matched.
 */
export async function updateDraftIfRevision(
  db: Db,
  input: { id: string; owner: Owner; revision: number; data: string; page?: string | null },
) {
  return db
    .updateTable("drafts")
    .set((eb) => ({
      data: input.data,
      ...(input.page !== undefined ? { page: input.page } : {}),
      revision: eb("revision", "+", 1),
      updated_at: sql<Date>`now()`,
      expires_at: sql<Date>`now() + make_interval(days => drafts.retention_days)`,
    }))
    .where("drafts.id", "=", input.id)
    .where(ownedBy(input.owner))
    .where("drafts.revision", "=", input.revision)
    .where("drafts.expires_at", ">", sql<Date>`now()`)
    .returning(["id", "revision", "updated_at", "expires_at"])
    .executeTakeFirst();
}

/** A signed-in citizen's unexpired drafts in every organisation, with the names of their forms. */
export async function listDraftsOfSubject(db: Db, subject: string, limit: number) {
  return db
    .selectFrom("drafts")
    .innerJoin("document_versions", "document_versions.id", "drafts.form_version_id")
    .select([
      "drafts.id",
      "drafts.organisation_id",
      "drafts.form_id",
      "drafts.page",
      "drafts.revision",
      "drafts.updated_at",
      "drafts.expires_at",
      "document_versions.version as form_version",
      sql<Record<string, string> | null>`document_versions.content #> '{spec,name}'`.as("form_name"),
    ])
    .where("drafts.owner_subject", "=", subject)
    .where("drafts.expires_at", ">", sql<Date>`now()`)
    .orderBy("drafts.updated_at", "desc")
    .limit(limit)
    .execute();
}

/** Deletes drafts and the files uploaded to them that no submission took over. Run in a transaction. */
export async function deleteDraftsWithFiles(db: Db, organisationId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .deleteFrom("attachments")
    .where("organisation_id", "=", organisationId)
    .where("draft_id", "in", ids)
    .where("submission_id", "is", null)
    .execute();
  await db
    .deleteFrom("drafts")
    .where("organisation_id", "=", organisationId)
    .where("id", "in", ids)
    .execute();
}

/** Locks an owner's draft for deletion; undefined when the owner has no such draft. */
export async function lockDraft(db: Db, id: string, owner: Owner) {
  return db
    .selectFrom("drafts")
    .select(["id", "organisation_id"])
    .where("drafts.id", "=", id)
    .where(ownedBy(owner))
    .forUpdate()
    .executeTakeFirst();
}

/** Locks up to `limit` expired drafts (skipping ones another sweeper holds). */
export async function lockExpiredDrafts(db: Db, limit: number) {
  return db
    .selectFrom("drafts")
    .select(["id", "organisation_id"])
    .where("expires_at", "<=", sql<Date>`now()`)
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}
