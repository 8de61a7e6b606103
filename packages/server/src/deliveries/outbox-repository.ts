import { type Kysely, sql, type UpdateObject } from "kysely";
import type { Database } from "../db/schema.ts";

export const DELIVERY_STATES = ["pending", "delivered", "dead"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface ClaimedDelivery {
  id: number;
  submission_id: string;
  route_id: string;
  connector: string;
  /** This attempt's number, counted from 1. */
  attempts: number;
}

/**
 * Claims up to `limit` due deliveries for this worker. A claimed delivery stays `pending` but is
 * not due again until its lease runs out, so if the process dies mid-delivery another worker takes
 * it over then; `skip locked` lets workers in several processes claim side by side without waiting.
 */
export async function claimDueDeliveries(
  db: Kysely<Database>,
  { limit, leaseMs }: { limit: number; leaseMs: number },
): Promise<ClaimedDelivery[]> {
  const { rows } = await sql<ClaimedDelivery>`
    update outbox set attempts = attempts + 1, last_attempt_at = now(),
      next_attempt_at = now() + ${leaseMs} * interval '1 millisecond'
    where id in (
      select id from outbox
      where state = 'pending' and next_attempt_at <= now()
      order by next_attempt_at
      limit ${limit}
      for update skip locked)
    returning id, submission_id, route_id, connector, attempts`.execute(db);
  return rows;
}

export interface AttemptRecord {
  id: number;
  attempt: number;
  durationMs: number;
  detail: string | undefined;
}

/**
 * Applies an attempt's outcome to a delivery that is still pending and logs the attempt, in one
 * statement: a delivery another worker settled meanwhile is left as it is, and no attempt is logged.
 */
async function recordAttempt(
  db: Kysely<Database>,
  { id, attempt, durationMs, detail }: AttemptRecord,
  outcome: "delivered" | "failed" | "dead",
  changes: UpdateObject<Database, "outbox">,
): Promise<void> {
  await db
    .with("settled", (db) =>
      db
        .updateTable("outbox")
        .set(changes)
        .where("id", "=", id)
        .where("state", "=", "pending")
        .returning("id"),
    )
    .insertInto("delivery_attempts")
    .columns(["outbox_id", "attempt", "outcome", "detail", "duration_ms"])
    .expression((eb) =>
      eb
        .selectFrom("settled")
        .select([
          "id",
          eb.val(attempt).as("attempt"),
          eb.val(outcome).as("outcome"),
          eb.val(detail ?? null).as("detail"),
          eb.val(durationMs).as("duration_ms"),
        ]),
    )
    .execute();
}

/** Records a delivered attempt, with the receiver's reference if it gave one. */
export function recordDelivered(
  db: Kysely<Database>,
  record: AttemptRecord & { reference: string | undefined },
): Promise<void> {
  return recordAttempt(db, record, "delivered", {
    state: "delivered",
    delivered_at: sql`now()`,
    last_error: null,
    reference: record.reference ?? null,
  });
}

/** Records a failed attempt: due again at `retryAt`, or dead when there is none. */
export function recordFailed(
  db: Kysely<Database>,
  record: AttemptRecord & { retryAt: Date | undefined },
): Promise<void> {
  const { retryAt, detail } = record;
  return recordAttempt(db, record, retryAt ? "failed" : "dead", {
    state: retryAt ? "pending" : "dead",
    last_error: detail ?? null,
    ...(retryAt ? { next_attempt_at: retryAt } : {}),
  });
}
