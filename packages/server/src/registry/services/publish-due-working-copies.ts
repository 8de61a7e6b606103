import type { Kind } from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import type { DocumentRef } from "../document-ref.ts";
import { insertAuditEntry } from "../repositories/audit-repository.ts";
import {
  listDueWorkingCopies,
  lockDueWorkingCopy,
  updateWorkingCopy,
} from "../repositories/working-copy-repository.ts";
import { publishApprovedCopy } from "./publish-approved-copy.ts";

const BATCH = 100;
const SCHEDULER = "system:scheduler";

/**
 * Publishes every scheduled working copy whose time has come, in the name of whoever scheduled it,
 * each in its own transaction. Safe with several server processes: a copy another process is
 * publishing is skipped (`for update skip locked`). A copy that no longer passes the checks goes back
 * to draft with the problems in its comment. Takes up to 100 copies a call (the timer calls again).
 * Returns how many were published.
 */
export async function publishDueWorkingCopies(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  let published = 0;
  for (const due of await listDueWorkingCopies(db, now, BATCH)) {
    const ref: DocumentRef = {
      organisationId: due.organisation_id,
      kind: due.kind as Kind,
      documentId: due.document_id,
    };
    const done = await db.transaction().execute(async (trx) => {
      const row = await lockDueWorkingCopy(trx, ref, now);
      if (!row) return false;
      try {
        await publishApprovedCopy(trx, ref, row, row.scheduled_by ?? SCHEDULER);
        return true;
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "invalid-definition") throw error;
        await updateWorkingCopy(trx, ref, {
          state: "draft",
          publish_at: null,
          scheduled_by: null,
          comment: `Scheduled publishing failed. ${error.message}`,
        });
        await insertAuditEntry(trx, ref, {
          actor: SCHEDULER,
          action: "publish-failed",
          detail: {
            scheduledBy: row.scheduled_by,
            problems: (error.details as { problems: unknown }).problems,
          },
        });
        return false;
      }
    });
    if (done) published++;
  }
  return published;
}
