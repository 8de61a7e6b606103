import { createHash } from "node:crypto";
import type { Definition, Kind } from "@civitas/definitions";
import { organisationOf } from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";

export interface PublishedVersion<D extends Definition = Definition> {
  id: string;
  organisationId: string;
  kind: Kind;
  documentId: string;
  version: number;
  content: D;
  publishedBy: string;
  publishedAt: Date;
}

/** A stable hash of a definition's content, to tell whether anything changed. */
export const contentHash = (definition: unknown): string =>
  createHash("sha256").update(JSON.stringify(definition)).digest("hex");

/**
 * Publishes a definition as a new immutable version (1, 2, 3 ...) of its document, unless the latest
 * version already has exactly this content. Run inside a transaction.
 */
export async function publishVersion(
  db: Kysely<Database>,
  definition: Definition,
  publishedBy: string,
): Promise<{ version: number; id: string; changed: boolean }> {
  const organisationId = organisationOf(definition);
  const key = { organisation_id: organisationId, kind: definition.kind, id: definition.metadata.id };
  await db
    .insertInto("documents")
    .values(key)
    .onConflict((oc) => oc.columns(["organisation_id", "kind", "id"]).doNothing())
    .execute();
  const latest = await db
    .selectFrom("document_versions")
    .select(["id", "version", "content_hash"])
    .where("organisation_id", "=", organisationId)
    .where("kind", "=", definition.kind)
    .where("document_id", "=", definition.metadata.id)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  const hash = contentHash(definition);
  if (latest?.content_hash === hash) return { version: latest.version, id: latest.id, changed: false };
  const version = (latest?.version ?? 0) + 1;
  const row = await db
    .insertInto("document_versions")
    .values({
      organisation_id: organisationId,
      kind: definition.kind,
      document_id: definition.metadata.id,
      version,
      content: JSON.stringify(definition),
      content_hash: hash,
      published_by: publishedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("audit_log")
    .values({
      organisation_id: organisationId,
      actor: publishedBy,
      action: "publish",
      kind: definition.kind,
      document_id: definition.metadata.id,
      detail: JSON.stringify({ version }),
    })
    .execute();
  return { version, id: row.id, changed: true };
}

/** A published version: the given one, or the latest when `version` is omitted. */
export async function getPublishedVersion<K extends Kind>(
  db: Kysely<Database>,
  ref: { organisationId: string; kind: K; documentId: string; version?: number },
): Promise<PublishedVersion<Extract<Definition, { kind: K }>>> {
  let query = db
    .selectFrom("document_versions")
    .innerJoin("documents", (join) =>
      join
        .onRef("documents.organisation_id", "=", "document_versions.organisation_id")
        .onRef("documents.kind", "=", "document_versions.kind")
        .onRef("documents.id", "=", "document_versions.document_id"),
    )
    .selectAll("document_versions")
    .where("document_versions.organisation_id", "=", ref.organisationId)
    .where("document_versions.kind", "=", ref.kind)
    .where("document_versions.document_id", "=", ref.documentId);
  query =
    ref.version === undefined
      ? query.where("documents.archived_at", "is", null).orderBy("version", "desc")
      : query.where("version", "=", ref.version);
  const row = await query.limit(1).executeTakeFirst();
  if (!row) {
    const which = ref.version === undefined ? "published version" : `version ${ref.version}`;
    throw new AppError("not-found", `${ref.kind} ${ref.documentId} has no ${which} in ${ref.organisationId}`);
  }
  return toPublished(row);
}

/** A published version by its id (drafts and submissions pin one). */
export async function getVersionById(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<PublishedVersion> {
  const row = await db
    .selectFrom("document_versions")
    .selectAll()
    .where("organisation_id", "=", organisationId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new AppError("not-found", "That definition version does not exist");
  return toPublished(row);
}

function toPublished<D extends Definition>(row: {
  id: string;
  organisation_id: string;
  kind: string;
  document_id: string;
  version: number;
  content: unknown;
  published_by: string;
  published_at: Date;
}): PublishedVersion<D> {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind as Kind,
    documentId: row.document_id,
    version: row.version,
    content: row.content as D,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  };
}
