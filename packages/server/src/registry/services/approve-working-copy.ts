import type { Kysely } from "kysely";
import { type Actor, actorLabel, requireRole } from "../../auth/actor.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import { insertAuditEntry } from "../repositories/audit-repository.ts";
import { updateWorkingCopy } from "../repositories/working-copy-repository.ts";
import { changeWorkingCopy } from "./change-working-copy.ts";
import { REGISTRY_ROLES } from "./registry-roles.ts";
import { toWorkingCopy } from "./to-output.ts";

/** Approves a working copy in review: in review → approved, never by the person who last edited it. */
export async function approveWorkingCopy(db: Kysely<Database>, actor: Actor, ref: DocumentRef) {
  requireRole(actor, ref.organisationId, REGISTRY_ROLES.review);
  const label = actorLabel(actor);
  return changeWorkingCopy(db, ref, { from: ["in-review"], verb: "approved" }, async (trx, current) => {
    if (current.updated_by === label) {
      throw new AppError(
        "forbidden",
        `You edited the working copy of ${describeDocument(ref)} last, so another reviewer must approve it (four-eyes rule)`,
      );
    }
    const row = await updateWorkingCopy(trx, ref, { state: "approved" });
    await insertAuditEntry(trx, ref, {
      actor: label,
      action: "approve",
      detail: { editedBy: current.updated_by },
    });
    return toWorkingCopy(row);
  });
}
