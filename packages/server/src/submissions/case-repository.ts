import type { ConnectorRoute } from "@civitas/definitions";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * Takes the next number of a case counter. The upsert locks the counter row, so concurrent
 * submissions get consecutive numbers, and a rolled-back transaction gives its number back.
 */
export async function nextCaseSequence(db: Kysely<Database>, organisationId: string, scope: string) {
  const row = await db
    .insertInto("case_counters")
    .values({ organisation_id: organisationId, scope, value: 1 })
    .onConflict((oc) =>
      oc.columns(["organisation_id", "scope"]).doUpdateSet({ value: sql<number>`case_counters.value + 1` }),
    )
    .returning("value")
    .executeTakeFirstOrThrow();
  return row.value;
}

export async function insertHistory(
  db: Kysely<Database>,
  entry: { submissionId: string; state: string; note: string | null; actor: string; at?: Date },
): Promise<void> {
  await db
    .insertInto("case_state_history")
    .values({
      submission_id: entry.submissionId,
      state: entry.state,
      note: entry.note,
      actor: entry.actor,
      ...(entry.at ? { at: entry.at } : {}),
    })
    .execute();
}

/** A case's state history, oldest first; the submission is looked up within its organisation. */
export function listHistory(db: Kysely<Database>, organisationId: string, submissionId: string) {
  return db
    .selectFrom("case_state_history")
    .innerJoin("submissions", "submissions.id", "case_state_history.submission_id")
    .select([
      "case_state_history.state",
      "case_state_history.note",
      "case_state_history.actor",
      "case_state_history.at",
    ])
    .where("submissions.organisation_id", "=", organisationId)
    .where("case_state_history.submission_id", "=", submissionId)
    .orderBy("case_state_history.id", "asc")
    .execute();
}

/** One pending delivery per route, written in the submission's transaction (the outbox). */
export async function insertOutboxRows(
  db: Kysely<Database>,
  submissionId: string,
  routes: readonly ConnectorRoute[],
): Promise<void> {
  if (routes.length === 0) return;
  await db
    .insertInto("outbox")
    .values(
      routes.map((route) => ({
        submission_id: submissionId,
        route_id: route.id,
        connector: route.connector,
      })),
    )
    .execute();
}

export function listOutboxRows(db: Kysely<Database>, organisationId: string, submissionId: string) {
  return db
    .selectFrom("outbox")
    .innerJoin("submissions", "submissions.id", "outbox.submission_id")
    .select([
      "outbox.route_id",
      "outbox.connector",
      "outbox.state",
      "outbox.attempts",
      "outbox.next_attempt_at",
      "outbox.delivered_at",
    ])
    .where("submissions.organisation_id", "=", organisationId)
    .where("outbox.submission_id", "=", submissionId)
    .orderBy("outbox.id", "asc")
    .execute();
}
