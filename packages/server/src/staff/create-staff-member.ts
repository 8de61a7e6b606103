import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { type Actor, actorLabel } from "../auth/actor.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { StaffRole } from "../auth/roles.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { insertAuditEntry } from "../registry/repositories/audit-repository.ts";
import {
  findStaffMember,
  findStaffUserByEmail,
  insertMembership,
  insertStaffUser,
  lockOrganisationStaff,
  type StaffMember,
} from "./staff-repository.ts";
import { normaliseRoles, requireStaffAdmin } from "./staff-rules.ts";

/**
 * Adds a person to the organisation's staff. Someone new gets an account and a generated password,
 * returned here once (only its scrypt hash is kept); someone who already has an account (the same
 * e-mail, in another organisation) keeps it and their password, and gets none in the answer.
 */
export async function createStaffMember(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  input: { email: string; name: string; roles: StaffRole[] },
): Promise<StaffMember & { password?: string }> {
  requireStaffAdmin(actor, organisationId);
  const email = input.email.trim().toLowerCase();
  const roles = normaliseRoles(input.roles);
  return db.transaction().execute(async (trx) => {
    await lockOrganisationStaff(trx, organisationId);
    let password: string | undefined;
    let userId = (await findStaffUserByEmail(trx, email))?.id;
    if (!userId) {
      password = randomBytes(18).toString("base64url");
      const passwordHash = await hashPassword(password);
      userId = await insertStaffUser(trx, { email, name: input.name.trim(), passwordHash });
      // Created by another request a moment ago: that account is the one to add.
      if (!userId) {
        password = undefined;
        userId = (await findStaffUserByEmail(trx, email))?.id;
      }
    }
    if (!userId) throw new AppError("internal", `The account of ${email} could not be created`);
    if (await findStaffMember(trx, organisationId, userId))
      throw new AppError(
        "conflict",
        `${email} is already a member of ${organisationId}; change their roles instead`,
      );
    await insertMembership(trx, organisationId, userId, roles);
    await insertAuditEntry(
      trx,
      { organisationId },
      {
        actor: actorLabel(actor),
        action: "add-staff",
        detail: { userId, email, roles, newAccount: password !== undefined },
      },
    );
    const member = await findStaffMember(trx, organisationId, userId);
    if (!member) throw new AppError("internal", `The membership of ${email} could not be read back`);
    return password ? { ...member, password } : member;
  });
}
