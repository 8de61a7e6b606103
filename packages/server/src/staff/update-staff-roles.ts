import type { Kysely } from "kysely";
import { type Actor, actorLabel } from "../auth/actor.ts";
import type { StaffRole } from "../auth/roles.ts";
import type { Database } from "../db/schema.ts";
import { insertAuditEntry } from "../registry/repositories/audit-repository.ts";
import {
  findStaffMember,
  lockOrganisationStaff,
  type StaffMember,
  updateMembershipRoles,
} from "./staff-repository.ts";
import { memberNotFound, normaliseRoles, requireAnAdminRemains, requireStaffAdmin } from "./staff-rules.ts";

/** Replaces a member's roles in the organisation; the last admin keeps theirs. */
export async function updateStaffRoles(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  userId: string,
  requested: StaffRole[],
): Promise<StaffMember> {
  requireStaffAdmin(actor, organisationId);
  const roles = normaliseRoles(requested);
  return db.transaction().execute(async (trx) => {
    await lockOrganisationStaff(trx, organisationId);
    const member = await findStaffMember(trx, organisationId, userId);
    if (!member) throw memberNotFound(organisationId);
    if (member.roles.join() === roles.join()) return member;
    await requireAnAdminRemains(trx, organisationId, member, roles);
    await updateMembershipRoles(trx, organisationId, userId, roles);
    await insertAuditEntry(
      trx,
      { organisationId },
      {
        actor: actorLabel(actor),
        action: "change-staff-roles",
        detail: { userId, email: member.email, from: member.roles, to: roles },
      },
    );
    return { ...member, roles };
  });
}
