import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { hashPassword } from "../auth/passwords.ts";
import { STAFF_ROLES } from "../auth/roles.ts";
import type { Database } from "../db/schema.ts";

/**
 * Makes sure the demo admin exists with every role in every organisation. Returns the password when
 * the admin was created now (generated unless one is given), so start-up can show it once.
 */
export async function ensureDemoAdmin(
  db: Kysely<Database>,
  email: string,
  presetPassword: string | undefined,
): Promise<{ created: boolean; password?: string }> {
  const existing = await db
    .selectFrom("staff_users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  let userId = existing?.id;
  let password: string | undefined;
  if (!userId) {
    password = presetPassword ?? randomBytes(12).toString("base64url");
    const row = await db
      .insertInto("staff_users")
      .values({ email, name: "Demo administrator", password_hash: await hashPassword(password) })
      .returning("id")
      .executeTakeFirstOrThrow();
    userId = row.id;
  }
  const organisations = await db.selectFrom("organisations").select("id").execute();
  for (const { id } of organisations) {
    await db
      .insertInto("memberships")
      .values({ user_id: userId, organisation_id: id, roles: [...STAFF_ROLES] })
      .onConflict((oc) => oc.columns(["user_id", "organisation_id"]).doNothing())
      .execute();
  }
  return password ? { created: true, password } : { created: false };
}
