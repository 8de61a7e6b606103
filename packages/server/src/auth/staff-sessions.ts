import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import type { Actor } from "./actor.ts";
import { verifyPassword } from "./passwords.ts";
import type { StaffRole } from "./roles.ts";
import { createToken, hashToken } from "./tokens.ts";

export const SESSION_COOKIE = "civitas_session";

/** Checks a staff member's password and opens a session; the token goes to a cookie, its hash to the database. */
export async function createStaffSession(
  db: Kysely<Database>,
  input: { email: string; password: string },
  ttlHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const user = await db
    .selectFrom("staff_users")
    .selectAll()
    .where("email", "=", input.email.trim().toLowerCase())
    .executeTakeFirst();
  // Verify against a dummy hash when the user is unknown, so timing does not reveal which e-mails exist.
  const hash =
    user?.password_hash ??
    "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  const valid = await verifyPassword(input.password, hash);
  if (!user || !valid) throw new AppError("unauthenticated", "The e-mail or the password is not right");
  const token = createToken();
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  await db
    .insertInto("staff_sessions")
    .values({ token_hash: hashToken(token), user_id: user.id, expires_at: expiresAt })
    .execute();
  await db
    .updateTable("staff_users")
    .set({ last_sign_in_at: new Date() })
    .where("id", "=", user.id)
    .execute();
  return { token, expiresAt };
}

export async function deleteStaffSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom("staff_sessions").where("token_hash", "=", hashToken(token)).execute();
}

/** The staff actor of a session token, or undefined when the token is unknown or expired. */
export async function findStaffActor(db: Kysely<Database>, token: string): Promise<Actor | undefined> {
  const session = await db
    .selectFrom("staff_sessions")
    .innerJoin("staff_users", "staff_users.id", "staff_sessions.user_id")
    .select(["staff_users.id", "staff_users.email", "staff_users.name", "staff_sessions.expires_at"])
    .where("staff_sessions.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!session || new Date(session.expires_at) <= new Date()) return undefined;
  const memberships = await db
    .selectFrom("memberships")
    .select(["organisation_id", "roles"])
    .where("user_id", "=", session.id)
    .execute();
  return {
    type: "staff",
    userId: session.id,
    email: session.email,
    name: session.name,
    memberships: Object.fromEntries(memberships.map((m) => [m.organisation_id, m.roles as StaffRole[]])),
  };
}
