import type { Kysely } from "kysely";
import { type Actor, actorLabel, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import type { DocumentRef } from "../document-ref.ts";
import { insertAuditEntry } from "../repositories/audit-repository.ts";
import { updateWorkingCopy } from "../repositories/working-copy-repository.ts";
import { changeWorkingCopy } from "./change-working-copy.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toWorkingCopy } from "./to-output.ts";

/** Sends a draft for review: draft → in review. */
export async function submitWorkingCopy(db: Kysely<Database>, actor: Actor, ref: DocumentRef) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.author);
  return changeWorkingCopy(db, ref, { from: ["draft"], verb: "submitted for review" }, async (trx) => {
    const row = await updateWorkingCopy(trx, ref, { state: "in-review", comment: null });
    await insertAuditEntry(trx, ref, { actor: actorLabel(actor), action: "submit" });
    return toWorkingCopy(row);
  });
}
