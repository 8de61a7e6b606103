import type { Kysely } from "kysely";
import { type Actor, actorLabel, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import type { DocumentRef } from "../document-ref.ts";
import { insertAuditEntry } from "../repositories/audit-repository.ts";
import { updateWorkingCopy } from "../repositories/working-copy-repository.ts";
import { changeWorkingCopy } from "./change-working-copy.ts";
import { publishApprovedCopy } from "./publish-approved-copy.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";

/**
 * Publishes an approved working copy now (a new immutable version; the copy is deleted), or, with a
 * future `at`, schedules it: it stays approved until `publishDueWorkingCopies` publishes it.
 */
export async function publishWorkingCopy(db: Kysely<Database>, actor: Actor, ref: DocumentRef, at?: Date) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.publish);
  const label = actorLabel(actor);
  return changeWorkingCopy(db, ref, { from: ["approved"], verb: "published" }, async (trx, row) => {
    if (at && at.getTime() > Date.now()) {
      const updated = await updateWorkingCopy(trx, ref, { publish_at: at, scheduled_by: label });
      await insertAuditEntry(trx, ref, {
        actor: label,
        action: "schedule",
        detail: { at: at.toISOString() },
      });
      return { published: false, version: null, publishAt: updated.publish_at };
    }
    const { version } = await publishApprovedCopy(trx, ref, row, label);
    return { published: true, version, publishAt: null };
  });
}
