import type { Kysely } from "kysely";
import { type Actor, requireRole } from "../auth/actor.ts";
import { STAFF_ROLES, type StaffRole } from "../auth/roles.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { countAdmins, type StaffMember } from "./staff-repository.ts";

/** Only the organisation's admins manage its staff; API keys never hold that role. */
export const requireStaffAdmin = (actor: Actor, organisationId: string) =>
  requireRole(actor, organisationId, ["admin"]);

/** Each role once, in the usual order, so answers and audit entries compare as people expect. */
export const normaliseRoles = (roles: readonly StaffRole[]): StaffRole[] =>
  STAFF_ROLES.filter((role) => roles.includes(role));

export const memberNotFound = (organisationId: string) =>
  new AppError("not-found", `That staff member does not exist in ${organisationId} or is not visible to you`);

/**
 * Refuses a change that would leave the organisation without an admin: nobody could then manage its
 * staff, keys or deliveries. `roles` is what the member keeps (undefined when removed).
 */
export async function requireAnAdminRemains(
  db: Kysely<Database>,
  organisationId: string,
  member: StaffMember,
  roles: readonly StaffRole[] | undefined,
): Promise<void> {
  if (!member.roles.includes("admin") || roles?.includes("admin")) return;
  if ((await countAdmins(db, organisationId)) > 1) return;
  throw new AppError(
    "conflict",
    `${member.name} is the only admin of ${organisationId}; make someone else an admin first, or ${organisationId} would have nobody to manage its staff`,
  );
}
