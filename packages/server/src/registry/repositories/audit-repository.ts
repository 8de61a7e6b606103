import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { DocumentRef } from "../document-ref.ts";

/** Records who did what to a document, or to the organisation itself (its staff) when no document is named. */
export async function insertAuditEntry(
  db: Kysely<Database>,
  ref: DocumentRef | { organisationId: string },
  entry: { actor: string; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      organisation_id: ref.organisationId,
      kind: "kind" in ref ? ref.kind : null,
      document_id: "documentId" in ref ? ref.documentId : null,
      actor: entry.actor,
      action: entry.action,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

export interface AuditFilters {
  kind?: string | undefined;
  id?: string | undefined;
  limit: number;
  /** Only entries older than this entry id (the next page). */
  before?: number | undefined;
}

/** The organisation's audit log, newest first. */
export async function listAuditEntries(db: Kysely<Database>, organisationId: string, filters: AuditFilters) {
  let query = db.selectFrom("audit_log").selectAll().where("organisation_id", "=", organisationId);
  if (filters.kind) query = query.where("kind", "=", filters.kind);
  if (filters.id) query = query.where("document_id", "=", filters.id);
  if (filters.before !== undefined) query = query.where("id", "<", filters.before);
  return query.orderBy("id", "desc").limit(filters.limit).execute();
}
