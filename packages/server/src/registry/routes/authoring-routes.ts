import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { errors, OrganisationParam } from "../../http/schemas.ts";
import { toDocumentRef } from "../document-ref.ts";
import {
  DocumentParams,
  SaveOutput,
  ValidateInput,
  ValidationOutput,
  WorkingCopyInput,
} from "../registry-schemas.ts";
import { saveWorkingCopy } from "../services/save-working-copy.ts";
import { validateDefinitions } from "../services/validate-definitions.ts";

/** Checking definitions and saving a document's working copy. */
export const authoringRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post(
    "/organisations/:organisation/definitions/validate",
    {
      schema: {
        tags: ["registry"],
        summary: "Check definition files against the organisation's published documents; changes nothing",
        params: OrganisationParam,
        body: ValidateInput,
        response: { 200: ValidationOutput, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      validateDefinitions(db, request.actor, request.params.organisation, request.body.files),
  );

  app.put(
    "/organisations/:organisation/documents/:kind/:id/working-copy",
    {
      schema: {
        tags: ["registry"],
        summary: "Save the document's working copy (a draft); refused with located problems when invalid",
        params: DocumentParams,
        body: WorkingCopyInput,
        response: { 200: SaveOutput, ...errors(400, 401, 403, 404, 422) },
      },
    },
    async (request) => saveWorkingCopy(db, request.actor, toDocumentRef(request.params), request.body),
  );
};
