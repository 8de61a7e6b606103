import type { FastifyBaseLogger } from "fastify";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * Logs one warning summarising deliveries in trouble — dead, or retrying after failures — per
 * organisation and route, with the latest error. Returns how many routes are in trouble.
 */
export async function logFailureDigest(db: Kysely<Database>, log: FastifyBaseLogger): Promise<number> {
  const rows = await db
    .selectFrom("outbox")
    .innerJoin("submissions", "submissions.id", "outbox.submission_id")
    .select([
      "submissions.organisation_id as organisation",
      "submissions.form_id as form",
      "outbox.route_id as route",
      "outbox.connector",
      sql<number>`count(*) filter (where outbox.state = 'dead')`.as("dead"),
      sql<number>`count(*) filter (where outbox.state = 'pending')`.as("retrying"),
      sql<string>`min(outbox.created_at)`.as("oldest"),
      sql<string>`(array_agg(outbox.last_error order by outbox.last_attempt_at desc))[1]`.as("lastError"),
    ])
    .where((eb) =>
      eb.or([
        eb("outbox.state", "=", "dead"),
        eb.and([
          eb("outbox.state", "=", "pending"),
          eb("outbox.attempts", ">", 0),
          eb("outbox.last_error", "is not", null),
        ]),
      ]),
    )
    .groupBy(["submissions.organisation_id", "submissions.form_id", "outbox.route_id", "outbox.connector"])
    .execute();
  if (rows.length > 0)
    log.warn(
      { routes: rows.map((row) => ({ ...row, dead: Number(row.dead), retrying: Number(row.retrying) })) },
      `delivery failure digest: ${rows.length} route(s) with dead or retrying deliveries`,
    );
  return rows.length;
}
