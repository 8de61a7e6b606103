import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { errors, OrganisationParam } from "../../http/schemas.ts";
import { toDocumentRef } from "../document-ref.ts";
import {
  DiffOutput,
  DiffQuery,
  DocumentOutput,
  DocumentParams,
  DocumentSummaryOutput,
  ListDocumentsQuery,
  ReviewDueOutput,
  ReviewsDueQuery,
  VersionOutput,
  VersionParams,
  VersionSummaryOutput,
} from "../registry-schemas.ts";
import { diffDocument } from "../services/diff-document.ts";
import { getDocument } from "../services/get-document.ts";
import { getDocumentVersion } from "../services/get-document-version.ts";
import { listDocumentVersions } from "../services/list-document-versions.ts";
import { listDocuments } from "../services/list-documents.ts";
import { listReviewsDue } from "../services/list-reviews-due.ts";

const DOCUMENT = "/organisations/:organisation/documents/:kind/:id";

/** Reading documents, their versions and the differences between them. */
export const documentRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    "/organisations/:organisation/documents",
    {
      schema: {
        tags: ["registry"],
        summary: "List the organisation's documents with their latest version and working-copy state",
        params: OrganisationParam,
        querystring: ListDocumentsQuery,
        response: {
          200: z.object({ documents: z.array(DocumentSummaryOutput) }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      documents: await listDocuments(db, request.actor, request.params.organisation, request.query),
    }),
  );

  app.get(
    "/organisations/:organisation/reviews-due",
    {
      schema: {
        tags: ["registry"],
        summary: "Published documents due for review within `within` days, or overdue, soonest first",
        params: OrganisationParam,
        querystring: ReviewsDueQuery,
        response: {
          200: z.object({ documents: z.array(ReviewDueOutput) }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      documents: await listReviewsDue(db, request.actor, request.params.organisation, request.query),
    }),
  );

  app.get(
    DOCUMENT,
    {
      schema: {
        tags: ["registry"],
        summary: "A document: its latest published version and its working copy",
        params: DocumentParams,
        response: { 200: DocumentOutput, ...errors(401, 403, 404) },
      },
    },
    async (request) => getDocument(db, request.actor, toDocumentRef(request.params)),
  );

  app.get(
    `${DOCUMENT}/versions`,
    {
      schema: {
        tags: ["registry"],
        summary: "The published versions of a document, newest first",
        params: DocumentParams,
        response: { 200: z.object({ versions: z.array(VersionSummaryOutput) }), ...errors(401, 403, 404) },
      },
    },
    async (request) => ({
      versions: await listDocumentVersions(db, request.actor, toDocumentRef(request.params)),
    }),
  );

  app.get(
    `${DOCUMENT}/versions/:version`,
    {
      schema: {
        tags: ["registry"],
        summary: "One published version of a document, with its content",
        params: VersionParams,
        response: { 200: VersionOutput, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) =>
      getDocumentVersion(db, request.actor, toDocumentRef(request.params), request.params.version),
  );

  app.get(
    `${DOCUMENT}/diff`,
    {
      schema: {
        tags: ["registry"],
        summary: "What changed between two versions, or between a version and the working copy",
        params: DocumentParams,
        querystring: DiffQuery,
        response: { 200: DiffOutput, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => diffDocument(db, request.actor, toDocumentRef(request.params), request.query),
  );
};
