import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";
import { type DocumentRef, describeDocument } from "../document-ref.ts";
import type { WORKING_COPY_STATES } from "../registry-schemas.ts";
import { findDocument } from "../repositories/document-repository.ts";
import { findWorkingCopy, type WorkingCopyRow } from "../repositories/working-copy-repository.ts";

type State = (typeof WORKING_COPY_STATES)[number];

const STATE_WORDS: Record<State, string> = {
  draft: "a draft",
  "in-review": "in review",
  approved: "approved",
};

/** How a message names a working copy's state, e.g. "approved and scheduled for …". */
export function describeState(row: Pick<WorkingCopyRow, "state" | "publish_at">): string {
  const words = STATE_WORDS[row.state as State] ?? row.state;
  return row.publish_at ? `${words} and scheduled for ${row.publish_at.toISOString()}` : words;
}

/**
 * Runs one step of the workflow in a transaction: locks the working copy (then the document, always
 * in that order), checks that it exists, that the document is not archived and that the copy is in
 * one of the states the step starts from, then applies the step.
 */
export async function changeWorkingCopy<T>(
  db: Kysely<Database>,
  ref: DocumentRef,
  step: { from: readonly State[]; verb: string },
  apply: (trx: Transaction<Database>, row: WorkingCopyRow) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const row = await findWorkingCopy(trx, ref, { lock: true });
    const document = await findDocument(trx, ref, { lock: true });
    if (!document)
      throw new AppError("not-found", `${describeDocument(ref)} does not exist in ${ref.organisationId}`);
    if (document.archived_at) {
      throw new AppError(
        "invalid-state-transition",
        `${describeDocument(ref)} is archived; restore it before it can be ${step.verb}`,
      );
    }
    if (!row) throw new AppError("not-found", `${describeDocument(ref)} has no working copy; save one first`);
    if (!step.from.includes(row.state as State)) {
      const allowed = step.from.map((state) => STATE_WORDS[state]).join(" or ");
      throw new AppError(
        "invalid-state-transition",
        `The working copy of ${describeDocument(ref)} is ${describeState(row)}; it can be ${step.verb} only when it is ${allowed}`,
      );
    }
    return apply(trx, row);
  });
}
