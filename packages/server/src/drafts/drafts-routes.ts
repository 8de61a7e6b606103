import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import { ownerOf } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import type { Env } from "../env.ts";
import { errors, OrganisationParam } from "../http/schemas.ts";
import { attachmentsRoutes } from "./attachments/attachments-routes.ts";
import { deleteDraft } from "./delete-draft.ts";
import { createDraftRateLimit, resumeRateLimit } from "./draft-rate-limits.ts";
import {
  CreateDraftBody,
  CreatedDraft,
  Draft,
  DraftId,
  Lang,
  MyDraft,
  ResumeTokenHeaders,
  SaveDraftBody,
  SavedDraft,
} from "./draft-schemas.ts";
import { createDraft, getDraft, listMyDrafts, saveDraft } from "./drafts-service.ts";

const DraftParams = z.object({ id: DraftId });

/** REST routes of the drafts domain, mounted under /api/v1. */
export const draftsRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; env: Env }> = async (
  app,
  { db, env },
) => {
  app.post(
    "/organisations/:organisation/forms/:form/drafts",
    {
      config: { rateLimit: createDraftRateLimit },
      schema: {
        tags: ["drafts"],
        summary: "Start a draft of a form, pinned to its latest published version",
        description:
          "A signed-in citizen owns the draft. Without a sign-in, forms that allow it give an anonymous draft and its resume token, returned in this response only.",
        params: OrganisationParam.extend({ form: z.string().min(1).max(80) }),
        body: CreateDraftBody,
        response: { 201: CreatedDraft, ...errors(400, 401, 404, 413, 429) },
      },
    },
    async (request, reply) => {
      const draft = await createDraft(db, request.actor, {
        organisationId: request.params.organisation,
        formId: request.params.form,
        ...request.body,
      });
      return reply.status(201).send(draft);
    },
  );

  app.get(
    "/drafts/:id",
    {
      config: { rateLimit: resumeRateLimit },
      schema: {
        tags: ["drafts"],
        summary: "Resume a draft (its owner only)",
        headers: ResumeTokenHeaders,
        params: DraftParams,
        response: { 200: Draft, ...errors(400, 404, 410, 429) },
      },
    },
    async (request) => getDraft(db, ownerOf(request), request.params.id),
  );

  app.put(
    "/drafts/:id",
    {
      config: { rateLimit: resumeRateLimit },
      schema: {
        tags: ["drafts"],
        summary: "Save a draft's answers, if nobody saved it since `revision`",
        description:
          "A stale revision is refused with 409 `revision-conflict` and `details.currentRevision`; nothing changes. Each save keeps the draft for the form's full retention period from now.",
        headers: ResumeTokenHeaders,
        params: DraftParams,
        body: SaveDraftBody,
        response: { 200: SavedDraft, ...errors(400, 404, 409, 410, 413, 429) },
      },
    },
    async (request) => saveDraft(db, ownerOf(request), request.params.id, request.body),
  );

  app.delete(
    "/drafts/:id",
    {
      config: { rateLimit: resumeRateLimit },
      schema: {
        tags: ["drafts"],
        summary: "Delete a draft and its attachments",
        headers: ResumeTokenHeaders,
        params: DraftParams,
        response: { 204: z.null(), ...errors(400, 404, 429) },
      },
    },
    async (request, reply) => {
      await deleteDraft(db, ownerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/citizen/drafts",
    {
      schema: {
        tags: ["drafts", "citizen"],
        summary: "The signed-in citizen's drafts that have not expired",
        querystring: z.object({ lang: Lang }),
        response: { 200: z.object({ drafts: z.array(MyDraft) }), ...errors(400, 401) },
      },
    },
    async (request) => ({ drafts: await listMyDrafts(db, request.actor, request.query.lang) }),
  );

  await app.register(attachmentsRoutes, { db, env });
};
