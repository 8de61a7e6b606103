import type { Kysely } from "kysely";

// Frozen in time: this migration never imports application code.

/** "My drafts" is looked up by the citizen across organisations, and expired drafts are swept by date. */
export async function up(db: Kysely<any>): Promise<void> {
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
}
