import { type Kysely, type Migration, Migrator } from "kysely";
import * as initial from "./migrations/2026-11-21-0001-initial.ts";
import * as citizenSessions from "./migrations/2026-11-21-0002-citizen-sessions.ts";
import * as registry from "./migrations/2026-11-21-0010-registry.ts";
import * as drafts from "./migrations/2026-11-21-0020-drafts.ts";
import * as deliveries from "./migrations/2026-11-21-0030-deliveries-and-receipts.ts";
import * as staffLastSignIn from "./migrations/2026-11-21-0040-staff-last-sign-in.ts";
import type { Database } from "./schema.ts";

/** Every migration, by its dated name; Kysely runs them in name order. */
const MIGRATIONS: Record<string, Migration> = {
  "2026-11-21-0001-initial": initial,
  "2026-11-21-0002-citizen-sessions": citizenSessions,
  "2026-11-21-0010-registry": registry,
  "2026-11-21-0020-drafts": drafts,
  "2026-11-21-0030-deliveries-and-receipts": deliveries,
  "2026-11-21-0040-staff-last-sign-in": staffLastSignIn,
};

/**
 * Brings the database to the latest schema. Safe to run from several processes at once: Kysely takes
 * a lock, so each migration runs once.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new Error(`Database migration failed: ${(error as Error).message}`, { cause: error });
  return (results ?? [])
    .filter((result) => result.status === "Success")
    .map((result) => result.migrationName);
}
