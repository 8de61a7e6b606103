import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import type { DocumentRef } from "../document-ref.ts";
import { listVersions } from "../repositories/version-repository.ts";
import { findExistingDocument } from "./get-document.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toVersionSummary } from "./to-output.ts";

/** The published versions of a document, newest first. */
export async function listDocumentVersions(db: Kysely<Database>, actor: Actor, ref: DocumentRef) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.read);
  await findExistingDocument(db, ref);
  return (await listVersions(db, ref)).map(toVersionSummary);
}
