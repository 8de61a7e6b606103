import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

export async function up(db: Kysely<any>): Promise<void> {
  // Who scheduled a publication: the version is published in their name when its time comes.
  await db.schema.alterTable("working_copies").addColumn("scheduled_by", "text").execute();
  await db.schema
    .createIndex("working_copies_due")
    .on("working_copies")
    .column("publish_at")
    .where(sql.ref("publish_at"), "is not", null)
    .execute();
  await db.schema
    .createIndex("audit_log_organisation")
    .on("audit_log")
    .columns(["organisation_id", "id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_log_organisation").ifExists().execute();
  await db.schema.dropIndex("working_copies_due").ifExists().execute();
  await db.schema.alterTable("working_copies").dropColumn("scheduled_by").execute();
}
