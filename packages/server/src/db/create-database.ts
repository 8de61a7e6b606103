import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { PGliteDialect } from "./pglite-dialect.ts";
import type { Database } from "./schema.ts";

const INT8 = 20;
const NUMERIC = 1700;

export interface DatabaseHandle {
  db: Kysely<Database>;
  /** "postgres" for a server, "embedded" for PGlite. */
  engine: "postgres" | "embedded";
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; without it the embedded PostgreSQL is used. */
  url?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /** Told when an idle pooled connection fails (e.g. the server restarted); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

/**
 * Opens the system of record: a PostgreSQL server when a URL is given, otherwise the embedded
 * PostgreSQL (PGlite) persisted in a folder. Both return int8 and numeric as JS numbers, so the same
 * queries give the same results on both.
 */
export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const types = {
      getTypeParser: (oid: number, format?: "text" | "binary") =>
        oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format ?? "text"),
    };
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 20, types });
    // An idle connection the server closes (a restart, a failover) must not crash the process: the
    // pool drops it and the next query opens a new one.
    pool.on("error", (error) => options.onIdleError?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: "postgres", close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { parsers: { [INT8]: Number, [NUMERIC]: Number } });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, engine: "embedded", close: () => db.destroy() };
}
