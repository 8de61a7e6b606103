import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { type DocumentFilters, listDocumentSummaries } from "../repositories/list-document-summaries.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toDocumentSummary } from "./to-output.ts";

/** The organisation's documents with their latest version, working-copy state and review-by date. */
export async function listDocuments(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  filters: Omit<DocumentFilters, "id"> = {},
) {
  requireRole(actor, organisationId, REGISTRY_ROLES.read);
  const rows = await listDocumentSummaries(db, organisationId, { ...filters, id: undefined });
  return rows.map(toDocumentSummary);
}
