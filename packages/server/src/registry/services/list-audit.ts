import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { type AuditFilters, listAuditEntries } from "../repositories/audit-repository.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";

/** Who did what when in the organisation's registry, newest first. */
export async function listAudit(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  filters: AuditFilters,
) {
  requireRole(actor, organisationId, REGISTRY_ROLES.read);
  const rows = await listAuditEntries(db, organisationId, filters);
  return rows.map((row) => ({
    id: row.id,
    actor: row.actor,
    action: row.action,
    kind: row.kind,
    documentId: row.document_id,
    detail: row.detail,
    at: row.at,
  }));
}
