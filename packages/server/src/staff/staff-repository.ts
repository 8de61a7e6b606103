import { type Kysely, sql } from "kysely";
import type { StaffRole } from "../auth/roles.ts";
import type { Database } from "../db/schema.ts";

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  roles: StaffRole[];
  lastSignInAt: Date | null;
}

const members = (db: Kysely<Database>, organisationId: string) =>
  db
    .selectFrom("memberships as m")
    .innerJoin("staff_users as u", "u.id", "m.user_id")
    .select(["u.id", "u.email", "u.name", "m.roles", "u.last_sign_in_at"])
    .where("m.organisation_id", "=", organisationId);

const toMember = (row: {
  id: string;
  email: string;
  name: string;
  roles: string[];
  last_sign_in_at: Date | null;
}): StaffMember => ({
  id: row.id,
  email: row.email,
  name: row.name,
  roles: row.roles as StaffRole[],
  lastSignInAt: row.last_sign_in_at,
});

/** The organisation's staff, by name. */
export async function listStaffMembers(db: Kysely<Database>, organisationId: string): Promise<StaffMember[]> {
  const rows = await members(db, organisationId).orderBy("u.name").orderBy("u.email").execute();
  return rows.map(toMember);
}

/** One member of the organisation; someone who is not a member there is not found. */
export async function findStaffMember(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
): Promise<StaffMember | undefined> {
  const row = await members(db, organisationId).where("u.id", "=", userId).executeTakeFirst();
  return row ? toMember(row) : undefined;
}

export async function findStaffUserByEmail(db: Kysely<Database>, email: string) {
  return db.selectFrom("staff_users").select(["id", "name"]).where("email", "=", email).executeTakeFirst();
}

/** A new staff account; undefined when another request created one with that e-mail just now. */
export async function insertStaffUser(
  db: Kysely<Database>,
  user: { email: string; name: string; passwordHash: string },
): Promise<string | undefined> {
  const row = await db
    .insertInto("staff_users")
    .values({ email: user.email, name: user.name, password_hash: user.passwordHash })
    .onConflict((oc) => oc.column("email").doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

export async function insertMembership(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  roles: StaffRole[],
): Promise<void> {
  await db
    .insertInto("memberships")
    .values({ user_id: userId, organisation_id: organisationId, roles })
    .execute();
}

export async function updateMembershipRoles(
  db: Kysely<Database>,
  organisationId: string,
  userId: string,
  roles: StaffRole[],
): Promise<void> {
  await db
    .updateTable("memberships")
    .set({ roles })
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .execute();
}

export async function deleteMembership(db: Kysely<Database>, organisationId: string, userId: string) {
  await db
    .deleteFrom("memberships")
    .where("organisation_id", "=", organisationId)
    .where("user_id", "=", userId)
    .execute();
}

export async function countAdmins(db: Kysely<Database>, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("organisation_id", "=", organisationId)
    .where(sql<boolean>`'admin' = any(roles)`)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Locks the organisation's row until the transaction ends, so changes to its staff run one at a time
 * and two admins removing each other cannot both pass the last-admin check.
 */
export async function lockOrganisationStaff(db: Kysely<Database>, organisationId: string): Promise<void> {
  await db.selectFrom("organisations").select("id").where("id", "=", organisationId).forUpdate().execute();
}
