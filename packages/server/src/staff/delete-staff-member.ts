import type { Kysely } from "kysely";
import { type Actor, actorLabel } from "../auth/actor.ts";
import type { Database } from "../db/schema.ts";
import { insertAuditEntry } from "../registry/repositories/audit-repository.ts";
import { deleteMembership, findStaffMember, lockOrganisationStaff } from "./staff-repository.ts";
import { memberNotFound, requireAnAdminRemains, requireStaffAdmin } from "./staff-rules.ts";

/**
 * Removes a person from the organisation's staff. Their account stays (for their other
 * organisations); their open sessions lose this organisation at their next request, since each
 * request reads the memberships afresh.
 */
export async function deleteStaffMember(
  db: Kysely<Database>,
  actor: Actor,
  organisationId: string,
  userId: string,
): Promise<void> {
  requireStaffAdmin(actor, organisationId);
  await db.transaction().execute(async (trx) => {
    await lockOrganisationStaff(trx, organisationId);
    const member = await findStaffMember(trx, organisationId, userId);
    if (!member) throw memberNotFound(organisationId);
    await requireAnAdminRemains(trx, organisationId, member, undefined);
    await deleteMembership(trx, organisationId, userId);
    await insertAuditEntry(
      trx,
      { organisationId },
      {
        actor: actorLabel(actor),
        action: "remove-staff",
        detail: { userId, email: member.email, roles: member.roles },
      },
    );
  });
}
