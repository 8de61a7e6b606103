import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { errors, OrganisationParam } from "../http/schemas.ts";
import { changeCaseState } from "./case-state-service.ts";
import { getOrganisationSubmission, listOrganisationSubmissions } from "./submission-queries.ts";
import {
  BackOfficeSubmission,
  OrganisationSubmissionsQuery,
  StateChangeBody,
  SubmissionSummary,
} from "./submission-schemas.ts";

const SubmissionParams = OrganisationParam.extend({ id: z.uuid() });

/** The back office's view of an organisation's cases: staff officers, or API keys with the back-office role. */
export const backOfficeRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    "/organisations/:organisation/submissions",
    {
      schema: {
        tags: ["back office"],
        summary: "List the organisation's submissions",
        params: OrganisationParam,
        querystring: OrganisationSubmissionsQuery,
        response: {
          200: z.object({ submissions: z.array(SubmissionSummary) }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const { form, state, since, limit } = request.query;
      const submissions = await listOrganisationSubmissions(db, request.actor, request.params.organisation, {
        formId: form,
        state,
        since: since ? new Date(since) : undefined,
        limit,
      });
      return { submissions };
    },
  );

  app.get(
    "/organisations/:organisation/submissions/:id",
    {
      schema: {
        tags: ["back office"],
        summary: "A submission with all its answers, its state history and its deliveries",
        params: SubmissionParams,
        response: { 200: BackOfficeSubmission, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getOrganisationSubmission(db, request.actor, request.params.organisation, request.params.id),
  );

  app.post(
    "/organisations/:organisation/submissions/:id/state",
    {
      schema: {
        tags: ["back office"],
        summary: "Report the case's new state",
        description:
          "The state must be one the form uses and a legal move: submitted → in-processing, " +
          "more-information-requested, refused, answered, licence-issued or withdrawn; in-processing → the same " +
          "but not back to submitted; more-information-requested → in-processing, refused or withdrawn. " +
          "Refused, answered, licence-issued and withdrawn are final. Otherwise 422 invalid-state-transition.",
        params: SubmissionParams,
        body: StateChangeBody,
        response: { 200: BackOfficeSubmission, ...errors(400, 401, 403, 404, 422) },
      },
    },
    async (request) => {
      const { organisation, id } = request.params;
      await changeCaseState(db, { organisationId: organisation, id, ...request.body, actor: request.actor });
      return getOrganisationSubmission(db, request.actor, organisation, id);
    },
  );
};
