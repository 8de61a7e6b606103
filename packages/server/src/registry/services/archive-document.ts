import type { Kysely } from "kysely";
import { type Actor, actorLabel, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import { insertAuditEntry } from "../repositories/audit-repository.ts";
import { findDocument, setDocumentArchived } from "../repositories/document-repository.ts";
import { listDocumentSummaries } from "../repositories/list-document-summaries.ts";
import { findWorkingCopy, updateWorkingCopy } from "../repositories/working-copy-repository.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toDocumentSummary } from "./to-output.ts";

/**
 * Archives a document (it leaves the catalog; its versions stay readable) or restores it. Archiving
 * cancels a scheduled publication of its working copy.
 */
export async function setArchived(db: Kysely<Database>, actor: Actor, ref: DocumentRef, archive: boolean) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.publish);
  return db.transaction().execute(async (trx) => {
    const workingCopy = await findWorkingCopy(trx, ref, { lock: true });
    const document = await findDocument(trx, ref, { lock: true });
    if (!document)
      throw new AppError("not-found", `${describeDocument(ref)} does not exist in ${ref.organisationId}`);
    if (Boolean(document.archived_at) === archive) {
      const now = archive
        ? "already archived; it can only be restored"
        : "not archived; it can only be archived";
      throw new AppError("invalid-state-transition", `${describeDocument(ref)} is ${now}`);
    }
    await setDocumentArchived(trx, ref, archive);
    const unscheduled = archive && Boolean(workingCopy?.publish_at);
    if (unscheduled) await updateWorkingCopy(trx, ref, { publish_at: null, scheduled_by: null });
    await insertAuditEntry(trx, ref, {
      actor: actorLabel(actor),
      action: archive ? "archive" : "restore",
      detail: unscheduled ? { unscheduled: workingCopy?.publish_at?.toISOString() } : {},
    });
    const [summary] = await listDocumentSummaries(trx, ref.organisationId, {
      kind: ref.kind,
      id: ref.documentId,
    });
    if (!summary) throw new AppError("internal", `${describeDocument(ref)} could not be read back`);
    return toDocumentSummary(summary);
  });
}

export const archiveDocument = (db: Kysely<Database>, actor: Actor, ref: DocumentRef) =>
  setArchived(db, actor, ref, true);
export const restoreDocument = (db: Kysely<Database>, actor: Actor, ref: DocumentRef) =>
  setArchived(db, actor, ref, false);
