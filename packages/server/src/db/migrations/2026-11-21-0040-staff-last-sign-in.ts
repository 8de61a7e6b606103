import type { Kysely } from "kysely";

// Frozen in time: this migration never imports application code.

/** When each staff member last signed in, for admins to see who still uses an account. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("staff_users").addColumn("last_sign_in_at", "timestamptz").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("staff_users").dropColumn("last_sign_in_at").execute();
}
