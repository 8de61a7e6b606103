import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * Claims this turn of a job that one process runs for all: true (and the turn is taken) when the
 * job last ran at least `everyMs` ago in any process, false otherwise. Every process may ask.
 */
export async function claimJobRun(db: Kysely<Database>, name: string, everyMs: number): Promise<boolean> {
  const { rows } = await sql<{ name: string }>`
    insert into job_runs (name, last_run_at) values (${name}, now())
    on conflict (name) do update set last_run_at = now()
      where job_runs.last_run_at <= now() - ${everyMs} * interval '1 millisecond'
    returning name`.execute(db);
  return rows.length > 0;
}
