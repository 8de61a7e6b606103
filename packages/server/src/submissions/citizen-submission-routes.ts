import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import { ownerOf } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import { errors } from "../http/schemas.ts";
import { withdrawSubmission } from "./case-state-service.ts";
import { getOwnSubmission, listOwnSubmissions } from "./submission-queries.ts";
import { OwnSubmission, ResumeToken, SubmissionSummary, WithdrawBody } from "./submission-schemas.ts";

const IdParam = z.object({ id: z.uuid() });
const OwnerHeaders = z.looseObject({
  "x-resume-token": ResumeToken.optional().describe(
    "For an anonymous citizen: the resume token of the submission.",
  ),
});

/** The citizen's own submissions: the owner is the signed-in citizen or the holder of the resume token. */
export const citizenSubmissionRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (
  app,
  { db },
) => {
  app.get(
    "/submissions/:id",
    {
      schema: {
        tags: ["citizen"],
        summary: "One of my submissions, with its answers and state history",
        params: IdParam,
        headers: OwnerHeaders,
        response: { 200: OwnSubmission, ...errors(400, 401, 404) },
      },
    },
    async (request) => getOwnSubmission(db, ownerOf(request), request.params.id),
  );

  app.get(
    "/citizen/submissions",
    {
      schema: {
        tags: ["citizen"],
        summary: "My submissions, newest first",
        headers: OwnerHeaders,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ submissions: z.array(SubmissionSummary) }), ...errors(400, 401) },
      },
    },
    async (request) => ({ submissions: await listOwnSubmissions(db, ownerOf(request), request.query.limit) }),
  );

  app.post(
    "/submissions/:id/withdraw",
    {
      schema: {
        tags: ["citizen"],
        summary: "Withdraw my submission while its case is still open",
        params: IdParam,
        headers: OwnerHeaders,
        body: WithdrawBody,
        response: { 200: OwnSubmission, ...errors(400, 401, 404, 422) },
      },
    },
    async (request) => {
      const owner = ownerOf(request);
      await withdrawSubmission(db, {
        owner,
        id: request.params.id,
        note: request.body.note,
        actor: request.actor,
      });
      return getOwnSubmission(db, owner, request.params.id);
    },
  );
};
