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
  let password: string | undefined;
  let userId = (await db.selectFrom("staff_users").select("id").where("email", "=", email).executeTakeFirst())
    ?.id;
  if (!userId) {
    const candidate = presetPassword ?? randomBytes(12).toString("base64url");
    // Several processes may start at once: only the one whose insert wins reports the password.
    const inserted = await db
      .insertInto("staff_users")
      .values({ email, name: "Demo administrator", password_hash: await hashPassword(candidate) })
      .onConflict((oc) => oc.column("email").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted) password = candidate;
    userId =
      inserted?.id ??
      (await db.selectFrom("staff_users").select("id").where("email", "=", email).executeTakeFirstOrThrow())
        .id;
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
