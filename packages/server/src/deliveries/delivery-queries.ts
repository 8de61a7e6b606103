import type { Kysely } from "kysely";
import { type Actor, actorLabel, requireRole } from "../auth/actor.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import type { DeliveryState } from "./outbox-repository.ts";

/** Who sees deliveries: back offices and officers; replaying them is for admins. */
const READ_ROLES = ["officer", "back-office"] as const;
const REPLAY_ROLES = ["admin"] as const;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function selectDeliveries(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom("outbox")
    .innerJoin("submissions", "submissions.id", "outbox.submission_id")
    .select([
      "outbox.id",
      "outbox.submission_id",
      "submissions.case_number",
      "submissions.form_id",
      "outbox.route_id",
      "outbox.connector",
      "outbox.state",
      "outbox.attempts",
      "outbox.next_attempt_at",
      "outbox.last_attempt_at",
      "outbox.last_error",
      "outbox.reference",
      "outbox.created_at",
      "outbox.delivered_at",
    ])
    .where("submissions.organisation_id", "=", organisationId);
}

type DeliveryRow = Awaited<ReturnType<ReturnType<typeof selectDeliveries>["executeTakeFirstOrThrow"]>>;

const toView = (row: DeliveryRow) => ({
  id: row.id,
  submissionId: row.submission_id,
  caseNumber: row.case_number,
  formId: row.form_id,
  routeId: row.route_id,
  connector: row.connector,
  state: row.state as DeliveryState,
  attempts: row.attempts,
  nextAttemptAt: row.state === "pending" ? iso(row.next_attempt_at) : null,
  lastAttemptAt: iso(row.last_attempt_at),
  lastError: row.last_error,
  reference: row.reference,
  createdAt: iso(row.created_at) as string,
  deliveredAt: iso(row.delivered_at),
});

export async function listDeliveries(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  filters: { state?: DeliveryState | undefined; submissionId?: string | undefined; limit: number },
) {
  requireRole(actor, organisationId, READ_ROLES);
  let query = selectDeliveries(db, organisationId);
  if (filters.state) query = query.where("outbox.state", "=", filters.state);
  if (filters.submissionId) query = query.where("outbox.submission_id", "=", filters.submissionId);
  const rows = await query.orderBy("outbox.id", "desc").limit(filters.limit).execute();
  return rows.map(toView);
}

/** A delivery with every attempt made at it, oldest first. */
export async function getDelivery(db: Kysely<Database>, actor: Actor, organisationId: string, id: number) {
  requireRole(actor, organisationId, READ_ROLES);
  const row = await selectDeliveries(db, organisationId).where("outbox.id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("not-found", `Delivery ${id} does not exist or is not visible to you`);
  const attempts = await db
    .selectFrom("delivery_attempts")
    .select(["attempt", "outcome", "detail", "duration_ms", "at"])
    .where("outbox_id", "=", id)
    .orderBy("id")
    .execute();
  return {
    ...toView(row),
    history: attempts.map((attempt) => ({
      attempt: attempt.attempt,
      outcome: attempt.outcome as "delivered" | "failed" | "dead",
      detail: attempt.detail,
      durationMs: attempt.duration_ms,
      at: iso(attempt.at) as string,
    })),
  };
}

/**
 * Sends dead (or still retrying) deliveries again from the first attempt: now, with the full
 * number of attempts. A delivered one is never sent again. Returns the ids made due.
 */
export async function replayDeliveries(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  which: { id: number } | { state: "dead" | "pending"; routeId?: string | undefined },
): Promise<number[]> {
  requireRole(actor, organisationId, REPLAY_ROLES);
  return db.transaction().execute(async (trx) => {
    let query = trx
      .updateTable("outbox")
      .set({ state: "pending", attempts: 0, next_attempt_at: new Date() })
      .where("submission_id", "in", (eb) =>
        eb
          .selectFrom("submissions")
          .select("submissions.id")
          .where("submissions.organisation_id", "=", organisationId),
      );
    if ("id" in which) {
      const current = await selectDeliveries(trx, organisationId)
        .where("outbox.id", "=", which.id)
        .executeTakeFirst();
      if (!current)
        throw new AppError("not-found", `Delivery ${which.id} does not exist or is not visible to you`);
      if (current.state === "delivered")
        throw new AppError("conflict", `Delivery ${which.id} was delivered; it is not sent twice`);
      query = query.where("id", "=", which.id);
    } else {
      query = query.where("state", "=", which.state);
      if (which.routeId) query = query.where("route_id", "=", which.routeId);
    }
    const replayed = (await query.returning("id").execute()).map((row) => row.id);
    if (replayed.length > 0)
      await trx
        .insertInto("audit_log")
        .values({
          organisation_id: organisationId,
          actor: actorLabel(actor),
          action: "deliveries-replayed",
          detail: JSON.stringify({ deliveries: replayed }),
        })
        .execute();
    return replayed;
  });
}
