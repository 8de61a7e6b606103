import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import { ownerOf } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import type { Env } from "../env.ts";
import { errors, OrganisationParam } from "../http/schemas.ts";
import type { PlatformEvents } from "../platform-events.ts";
import { backOfficeRoutes } from "./back-office-routes.ts";
import { citizenSubmissionRoutes } from "./citizen-submission-routes.ts";
import { IdempotencyKey, ResumeToken, SubmissionReceipt, SubmitBody } from "./submission-schemas.ts";
import { submitSubmission } from "./submit-submission.ts";

/** REST routes of the submissions domain, mounted under /api/v1. */
export const submissionsRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  env: Env;
  events: PlatformEvents;
}> = async (app, { db, events }) => {
  app.post(
    "/organisations/:organisation/forms/:form/submissions",
    {
      schema: {
        tags: ["submissions"],
        summary: "Submit a form",
        description:
          "Validates the answers against the draft's form version (or the latest published one) and creates " +
          "a case with a case number. Retrying with the same Idempotency-Key, owner and answers returns the " +
          "same submission with 200; the same key with other answers or by someone else gives 409.",
        params: OrganisationParam.extend({ form: z.string().min(1).max(80) }),
        headers: z.looseObject({
          "idempotency-key": IdempotencyKey,
          "x-resume-token": ResumeToken.optional().describe(
            "An anonymous citizen's resume token (of the draft); the submission is then theirs under it.",
          ),
        }),
        body: SubmitBody,
        response: {
          200: SubmissionReceipt.describe("This key was used before: the same submission"),
          201: SubmissionReceipt.describe("A new submission"),
          ...errors(400, 401, 404, 409, 410, 413, 422),
        },
      },
    },
    async (request, reply) => {
      const result = await submitSubmission(db, {
        organisationId: request.params.organisation,
        formId: request.params.form,
        idempotencyKey: request.headers["idempotency-key"],
        ...request.body,
        actor: request.actor,
        owner: ownerOf(request),
      });
      if (result.created) events.deliveriesDue();
      return reply.status(result.created ? 201 : 200).send(result.receipt);
    },
  );

  await app.register(citizenSubmissionRoutes, { db });
  await app.register(backOfficeRoutes, { db });
};
