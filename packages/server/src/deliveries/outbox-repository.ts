import { type Kysely, sql } from "kysely";
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

/** Records a delivered attempt, with the receiver's reference if it gave one. */
export async function recordDelivered(
  db: Kysely<Database>,
  { id, attempt, durationMs, detail, reference }: AttemptRecord & { reference: string | undefined },
): Promise<void> {
  await db
    .with("delivered", (db) =>
      db
        .updateTable("outbox")
        .set({ state: "delivered", delivered_at: sql`now()`, last_error: null, reference: reference ?? null })
        .where("id", "=", id)
        .where("state", "=", "pending")
        .returning("id"),
    )
    .insertInto("delivery_attempts")
    .columns(["outbox_id", "attempt", "outcome", "detail", "duration_ms"])
    .expression((eb) =>
      eb
        .selectFrom("delivered")
        .select([
          "id",
          eb.val(attempt).as("attempt"),
          eb.val("delivered").as("outcome"),
          eb.val(detail ?? null).as("detail"),
          eb.val(durationMs).as("duration_ms"),
        ]),
    )
    .execute();
}

/** Records a failed attempt: due again at `retryAt`, or dead when there is none. */
export async function recordFailed(
  db: Kysely<Database>,
  { id, attempt, durationMs, detail, retryAt }: AttemptRecord & { retryAt: Date | undefined },
): Promise<void> {
  const outcome = retryAt ? "failed" : "dead";
  await db
    .with("failed", (db) =>
      db
        .updateTable("outbox")
        .set({
          state: retryAt ? "pending" : "dead",
          last_error: detail ?? null,
          ...(retryAt ? { next_attempt_at: retryAt } : {}),
        })
        .where("id", "=", id)
        .where("state", "=", "pending")
        .returning("id"),
    )
    .insertInto("delivery_attempts")
    .columns(["outbox_id", "attempt", "outcome", "detail", "duration_ms"])
    .expression((eb) =>
      eb
        .selectFrom("failed")
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
