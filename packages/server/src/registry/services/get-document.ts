import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import { findDocument } from "../repositories/document-repository.ts";
import { findVersion } from "../repositories/version-repository.ts";
import { findWorkingCopy } from "../repositories/working-copy-repository.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toVersion, toWorkingCopy } from "./to-output.ts";

/** A document: its latest published version (also when archived) and its working copy. */
export async function getDocument(db: Kysely<Database>, actor: Actor, ref: DocumentRef) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.read);
  const document = await findExistingDocument(db, ref);
  const latest = await findVersion(db, ref);
  const workingCopy = await findWorkingCopy(db, ref);
  return {
    kind: ref.kind,
    id: ref.documentId,
    archivedAt: document.archived_at,
    latest: latest ? toVersion(latest) : null,
    workingCopy: workingCopy ? toWorkingCopy(workingCopy) : null,
  };
}

/** The document row, or "not found". */
export async function findExistingDocument(db: Kysely<Database>, ref: DocumentRef) {
  const document = await findDocument(db, ref);
  if (!document)
    throw new AppError("not-found", `${describeDocument(ref)} does not exist in ${ref.organisationId}`);
  return document;
}
