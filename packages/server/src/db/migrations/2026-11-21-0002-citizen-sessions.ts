import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("citizen_sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("citizen_sessions").execute();
}
