import type { Kysely } from "kysely";
import { type Actor, actorLabel, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import type { DocumentRef } from "../document-ref.ts";
import { insertAuditEntry } from "../repositories/audit-repository.ts";
import { updateWorkingCopy } from "../repositories/working-copy-repository.ts";
import { changeWorkingCopy } from "./change-working-copy.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toWorkingCopy } from "./to-output.ts";

/** Sends a working copy in review (or approved, even scheduled) back to draft with the reviewer's comment. */
export async function requestChanges(db: Kysely<Database>, actor: Actor, ref: DocumentRef, comment: string) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.review);
  const step = { from: ["in-review", "approved"] as const, verb: "sent back for changes" };
  return changeWorkingCopy(db, ref, step, async (trx, current) => {
    const row = await updateWorkingCopy(trx, ref, {
      state: "draft",
      comment,
      publish_at: null,
      scheduled_by: null,
    });
    await insertAuditEntry(trx, ref, {
      actor: actorLabel(actor),
      action: "request-changes",
      detail: { comment, previousState: current.state },
    });
    return toWorkingCopy(row);
  });
}
