import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import { STAFF_ROLES } from "../auth/roles.ts";
import type { Database } from "../db/schema.ts";
import { errors, OrganisationParam } from "../http/schemas.ts";
import { createStaffMember } from "./create-staff-member.ts";
import { deleteStaffMember } from "./delete-staff-member.ts";
import { listStaff } from "./list-staff.ts";
import { updateStaffRoles } from "./update-staff-roles.ts";

const Roles = z
  .array(z.enum(STAFF_ROLES))
  .min(1)
  .max(STAFF_ROLES.length * 2)
  .meta({ description: `At least one of ${STAFF_ROLES.join(", ")}` });

const StaffMember = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(STAFF_ROLES)),
    lastSignInAt: z.date().nullable(),
  })
  .meta({ id: "StaffMember" });

const CreatedStaffMember = StaffMember.extend({
  password: z.string().optional().meta({
    description: "A new person's first password, in this answer only; absent for an existing account",
  }),
});

const MemberParams = OrganisationParam.extend({ id: z.uuid() });
const STAFF = "/organisations/:organisation/staff";

/** An organisation's admins manage its staff and their roles. */
export const staffRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    STAFF,
    {
      schema: {
        tags: ["staff"],
        summary: "The organisation's staff with their roles and last sign-in, by name",
        params: OrganisationParam,
        response: { 200: z.object({ staff: z.array(StaffMember) }), ...errors(401, 403, 404) },
      },
    },
    async (request) => ({ staff: await listStaff(db, request.actor, request.params.organisation) }),
  );

  app.post(
    STAFF,
    {
      schema: {
        tags: ["staff"],
        summary: "Add a person to the staff; a new person's generated password is shown in this answer only",
        params: OrganisationParam,
        body: z.object({
          email: z.string().trim().email().max(200),
          name: z.string().trim().min(1).max(200),
          roles: Roles,
        }),
        response: { 201: CreatedStaffMember, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createStaffMember(db, request.actor, request.params.organisation, request.body)),
  );

  app.put(
    `${STAFF}/:id/roles`,
    {
      schema: {
        tags: ["staff"],
        summary: "Replace a member's roles; the organisation's last admin stays an admin",
        params: MemberParams,
        body: z.object({ roles: Roles }),
        response: { 200: StaffMember, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      updateStaffRoles(db, request.actor, request.params.organisation, request.params.id, request.body.roles),
  );

  app.delete(
    `${STAFF}/:id`,
    {
      schema: {
        tags: ["staff"],
        summary: "Remove a person from the organisation's staff; the last admin cannot be removed",
        params: MemberParams,
        response: { 204: z.null(), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteStaffMember(db, request.actor, request.params.organisation, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
