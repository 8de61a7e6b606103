import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { errors } from "../../http/schemas.ts";
import { toDocumentRef } from "../document-ref.ts";
import {
  DocumentParams,
  DocumentSummaryOutput,
  PublishInput,
  PublishOutput,
  RequestChangesInput,
  WorkingCopyOutput,
} from "../registry-schemas.ts";
import { approveWorkingCopy } from "../services/approve-working-copy.ts";
import { archiveDocument, restoreDocument } from "../services/archive-document.ts";
import { publishWorkingCopy } from "../services/publish-working-copy.ts";
import { requestChanges } from "../services/request-changes.ts";
import { submitWorkingCopy } from "../services/submit-working-copy.ts";

const DOCUMENT = "/organisations/:organisation/documents/:kind/:id";
const WORKING_COPY = `${DOCUMENT}/working-copy`;
const STEP_ERRORS = errors(400, 401, 403, 404, 422);

/** The publishing workflow: draft → in review → approved → published (or scheduled), archive, restore. */
export const workflowRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  const step = (summary: string) => ({
    tags: ["registry"],
    summary,
    params: DocumentParams,
    response: { 200: WorkingCopyOutput, ...STEP_ERRORS },
  });

  app.post(
    `${WORKING_COPY}/submit`,
    { schema: step("Send the draft for review (author)") },
    async (request) => submitWorkingCopy(db, request.actor, toDocumentRef(request.params)),
  );

  app.post(
    `${WORKING_COPY}/approve`,
    { schema: step("Approve the working copy in review (reviewer; not the person who last edited it)") },
    async (request) => approveWorkingCopy(db, request.actor, toDocumentRef(request.params)),
  );

  app.post(
    `${WORKING_COPY}/request-changes`,
    {
      schema: {
        ...step("Send the working copy back to draft with a comment (reviewer)"),
        body: RequestChangesInput,
      },
    },
    async (request) => requestChanges(db, request.actor, toDocumentRef(request.params), request.body.comment),
  );

  app.post(
    `${WORKING_COPY}/publish`,
    {
      schema: {
        tags: ["registry"],
        summary: "Publish the approved working copy as a new version, now or at a later time (publisher)",
        params: DocumentParams,
        body: PublishInput.nullish(),
        response: { 200: PublishOutput, ...STEP_ERRORS },
      },
    },
    async (request) => {
      const at = request.body?.at ? new Date(request.body.at) : undefined;
      return publishWorkingCopy(db, request.actor, toDocumentRef(request.params), at);
    },
  );

  const archiveSchema = (summary: string) => ({
    tags: ["registry"],
    summary,
    params: DocumentParams,
    response: { 200: DocumentSummaryOutput, ...STEP_ERRORS },
  });

  app.post(
    `${DOCUMENT}/archive`,
    { schema: archiveSchema("Archive the document: it leaves the catalog, its versions stay (publisher)") },
    async (request) => archiveDocument(db, request.actor, toDocumentRef(request.params)),
  );

  app.post(
    `${DOCUMENT}/restore`,
    { schema: archiveSchema("Restore an archived document to the catalog (publisher)") },
    async (request) => restoreDocument(db, request.actor, toDocumentRef(request.params)),
  );
};
