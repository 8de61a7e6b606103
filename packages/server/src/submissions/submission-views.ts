import type { CaseState } from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { listHistory, listOutboxRows } from "./case-repository.ts";
import type { StoredSubmission } from "./submission-repository.ts";

// Turns stored rows into what the APIs return (timestamps as ISO strings, camelCase).

const iso = (value: Date | string) => new Date(value).toISOString();

/** What a citizen gets back on submitting: their reference, always. */
export function toReceipt(
  row: Pick<StoredSubmission, "id" | "case_number" | "state" | "submitted_at" | "form_version">,
  resumeToken?: string,
) {
  return {
    id: row.id,
    caseNumber: row.case_number,
    state: row.state as CaseState,
    submittedAt: iso(row.submitted_at),
    formVersion: row.form_version,
    receiptUrl: `/api/v1/submissions/${row.id}/receipt`,
    ...(resumeToken ? { resumeToken } : {}),
  };
}

export function toSummary(row: StoredSubmission) {
  return {
    id: row.id,
    organisation: row.organisation_id,
    form: row.form_id,
    formVersion: row.form_version,
    caseNumber: row.case_number,
    state: row.state as CaseState,
    submittedAt: iso(row.submitted_at),
    externalReference: row.external_reference,
  };
}

/** The citizen's view: their answers and the state history, without who changed it. */
export async function toOwnerView(db: Kysely<Database>, row: StoredSubmission) {
  const history = await listHistory(db, row.organisation_id, row.id);
  return {
    ...toSummary(row),
    locale: row.locale,
    data: row.data,
    history: history.map((entry) => ({
      state: entry.state as CaseState,
      note: entry.note,
      at: iso(entry.at),
    })),
  };
}

/** The back office's view: also who changed the state, and how delivery to each route is going. */
export async function toBackOfficeView(db: Kysely<Database>, row: StoredSubmission) {
  const [history, outbox] = await Promise.all([
    listHistory(db, row.organisation_id, row.id),
    listOutboxRows(db, row.organisation_id, row.id),
  ]);
  return {
    ...toSummary(row),
    locale: row.locale,
    data: row.data,
    history: history.map((entry) => ({
      state: entry.state as CaseState,
      note: entry.note,
      actor: entry.actor,
      at: iso(entry.at),
    })),
    deliveries: outbox.map((delivery) => ({
      routeId: delivery.route_id,
      connector: delivery.connector,
      state: delivery.state,
      attempts: delivery.attempts,
      nextAttemptAt: iso(delivery.next_attempt_at),
      deliveredAt: delivery.delivered_at ? iso(delivery.delivered_at) : null,
    })),
  };
}
