import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Each draft keeps the retention of the form version it is pinned to (which never changes), so an
 * autosave can extend its expiry in one UPDATE without reading the form. Null only for rows written
 * without it; saving such a draft reads the form once and records it.
 *
 * "My drafts" is looked up by the citizen across organisations, and expired drafts are swept by date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("drafts")
    .addColumn("retention_days", "integer", (c) => c.notNull().check(sql`retention_days > 0`))
    .execute();
  await db.schema
    .createIndex("drafts_subject_updated")
    .on("drafts")
    .columns(["owner_subject", "updated_at"])
    .execute();
  await db.schema.createIndex("drafts_expires_at").on("drafts").column("expires_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("drafts_expires_at").ifExists().execute();
  await db.schema.dropIndex("drafts_subject_updated").ifExists().execute();
  await db.schema.alterTable("drafts").dropColumn("retention_days").execute();
}
