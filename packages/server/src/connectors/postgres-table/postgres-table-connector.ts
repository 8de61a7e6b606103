import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "../../db/schema.ts";
import { type Connector, DeliveryError } from "../connector.ts";

// SQLSTATE classes that sending again will not fix: a missing table or column, no privilege, bad data.
const PERMANENT_SQLSTATE = /^(42|22|23|28)/;

/** The DDL a receiving table needs; also in docs/back-office-integration.md. */
export const RECEIVING_TABLE_COLUMNS =
  "submission_id uuid primary key, idempotency_key text not null, organisation_id text not null, " +
  "form_id text not null, form_version integer not null, case_number text not null, " +
  "submitted_at timestamptz not null, locale text not null, data jsonb not null, " +
  "delivered_at timestamptz not null default now()";

/**
 * Inserts each submission as a row of a table, for agencies whose systems read from SQL. The row is
 * keyed by the submission id, so a repeated delivery inserts nothing. The table lives in the
 * platform's own database, or in the one whose connection string the route's `connection` secret
 * holds.
 */
export function createPostgresTableConnector(
  ownDb: Kysely<Database>,
  { timeoutMs }: { timeoutMs: number },
): Connector<"postgres-table"> {
  const pools = new Map<string, Kysely<unknown>>();
  const databaseFor = (connection: string | undefined): Kysely<unknown> => {
    if (!connection) return ownDb as unknown as Kysely<unknown>;
    let db = pools.get(connection);
    if (!db) {
      const pool = new pg.Pool({
        connectionString: connection,
        max: 4,
        connectionTimeoutMillis: timeoutMs,
        query_timeout: timeoutMs,
      });
      pool.on("error", () => undefined); // an idle connection that fails is replaced on next use
      db = new Kysely({ dialect: new PostgresDialect({ pool }) });
      pools.set(connection, db);
    }
    return db;
  };

  return {
    type: "postgres-table",
    async deliver({ route, submission, idempotencyKey, secret }) {
      const db = databaseFor(route.connection ? secret(route.connection) : undefined);
      try {
        const result = await sql`
          insert into ${sql.table(route.table)}
            (submission_id, idempotency_key, organisation_id, form_id, form_version, case_number,
             submitted_at, locale, data)
          values (${submission.id}, ${idempotencyKey}, ${submission.organisationId}, ${submission.formId},
            ${submission.formVersion}, ${submission.caseNumber}, ${submission.submittedAt},
            ${submission.locale}, ${JSON.stringify(submission.data)}::jsonb)
          on conflict (submission_id) do nothing`.execute(db);
        const inserted = Number(result.numAffectedRows ?? 0n) > 0;
        return { detail: inserted ? `row inserted into ${route.table}` : `row already in ${route.table}` };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code === "string" && PERMANENT_SQLSTATE.test(code))
          throw new DeliveryError(
            `The table ${route.table} refused the row (${(error as Error).message}); it needs the columns ${RECEIVING_TABLE_COLUMNS}`,
            { permanent: true, cause: error },
          );
        throw new DeliveryError(
          `The database of ${route.table} could not be written: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
    },
    async close() {
      await Promise.all([...pools.values()].map((db) => db.destroy()));
      pools.clear();
    },
  };
}
