import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { DocumentRef } from "../document-ref.ts";

const COLUMNS = ["version", "published_at", "published_by", "content_hash"] as const;

/** The versions of a document, newest first, without their content. */
export async function listVersions(db: Kysely<Database>, ref: DocumentRef) {
  return db
    .selectFrom("document_versions")
    .select(COLUMNS)
    .where("organisation_id", "=", ref.organisationId)
    .where("kind", "=", ref.kind)
    .where("document_id", "=", ref.documentId)
    .orderBy("version", "desc")
    .execute();
}

/** One version with its content: the given one, or the latest (archived or not) when omitted. */
export async function findVersion(db: Kysely<Database>, ref: DocumentRef, version?: number) {
  let query = db
    .selectFrom("document_versions")
    .select([...COLUMNS, "content"])
    .where("organisation_id", "=", ref.organisationId)
    .where("kind", "=", ref.kind)
    .where("document_id", "=", ref.documentId);
  query =
    version === undefined ? query.orderBy("version", "desc").limit(1) : query.where("version", "=", version);
  return query.executeTakeFirst();
}

/** The latest version of every document of the organisation that is not archived. */
export async function listLatestContents(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom("document_versions as v")
    .innerJoin("documents as d", (join) =>
      join
        .onRef("d.organisation_id", "=", "v.organisation_id")
        .onRef("d.kind", "=", "v.kind")
        .onRef("d.id", "=", "v.document_id"),
    )
    .distinctOn(["v.kind", "v.document_id"])
    .select(["v.kind", "v.document_id", "v.content"])
    .where("v.organisation_id", "=", organisationId)
    .where("d.archived_at", "is", null)
    .orderBy("v.kind")
    .orderBy("v.document_id")
    .orderBy("v.version", "desc")
    .execute();
}
