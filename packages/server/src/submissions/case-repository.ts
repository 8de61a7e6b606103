import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * Takes the next number of a case counter, unless a submission already has the idempotency key
 * (then undefined: the request is a retry, and takes no number).
 *
 * Every submission of a form (and year) increments this one row, so its row lock must be held as
 * briefly as possible. The caller runs this BEFORE the submission's transaction, and:
 *
 * - The statement is a transaction of its own (an implicit one): the lock is taken and released
 *   inside the database, never held across a round trip to this process.
 * - It commits with `synchronous_commit` off — `set_config(…, true)` is `SET LOCAL`, for this
 *   statement's transaction only — so the lock goes without waiting for the WAL to reach the disk.
 *   That is safe: the submission that uses the number commits synchronously afterwards, which
 *   flushes the WAL past this commit record, so a durable submission always has a durable counter.
 *   If the process or the server dies in between, the number is simply never used.
 *
 * Numbers stay unique and increasing (the unique constraint on `(organisation_id, case_number)`
 * still guards), but are no longer gapless: a number taken for a submission that then fails is not
 * given back.
 */
export async function nextCaseSequence(
  db: Kysely<Database>,
  counter: { organisationId: string; scope: string; unlessKeyUsed: string },
): Promise<number | undefined> {
  const row = await db
    .with("async_commit", (db) =>
      db.selectNoFrom(sql<string>`set_config('synchronous_commit', 'off', true)`.as("setting")),
    )
    .insertInto("case_counters")
    .columns(["organisation_id", "scope", "value"])
    .expression((eb) =>
      eb
        .selectFrom("async_commit")
        .select([
          eb.val(counter.organisationId).as("organisation_id"),
          eb.val(counter.scope).as("scope"),
          eb.lit(1).as("value"),
        ])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("submissions")
                .select("id")
                .where("organisation_id", "=", counter.organisationId)
                .where("idempotency_key", "=", counter.unlessKeyUsed),
            ),
          ),
        ),
    )
    .onConflict((oc) =>
      oc.columns(["organisation_id", "scope"]).doUpdateSet({ value: sql<number>`case_counters.value + 1` }),
    )
    .returning("value")
    .executeTakeFirst();
  return row?.value;
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
