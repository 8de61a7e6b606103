import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { errors, OrganisationParam } from "../../http/schemas.ts";
import { AuditEntryOutput, AuditQuery } from "../registry-schemas.ts";
import { listAudit } from "../services/list-audit.ts";

/** The organisation's audit log of the registry. */
export const auditRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    "/organisations/:organisation/audit",
    {
      schema: {
        tags: ["registry"],
        summary: "Who did what when, newest first; filter by document, page with `before`",
        params: OrganisationParam,
        querystring: AuditQuery,
        response: { 200: z.object({ entries: z.array(AuditEntryOutput) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({
      entries: await listAudit(db, request.actor, request.params.organisation, request.query),
    }),
  );
};
