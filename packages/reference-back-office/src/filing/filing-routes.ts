import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsync } from "fastify";
import { sendError, sendFault } from "../api-errors.ts";
import type { FaultSwitch } from "../fault-switch.ts";
import {
  type NewDocumentBody,
  newDocumentSchema,
  newRecordSchema,
  recordParamsSchema,
  recordsQuerySchema,
} from "./filing-schemas.ts";
import type { FilingStore, NewFilingRecord } from "./filing-store.ts";

/** What the filing service has been asked, for tests to check. */
export interface FilingCounts {
  /** Every request to `/filing/v1`, whatever its answer. */
  requests: number;
  /** Requests answered 500 or 503 by an injected fault. */
  faulted: number;
  /** Requests refused for a missing or wrong bearer token. */
  unauthorized: number;
  recordsCreated: number;
  documentsStored: number;
}

export interface FilingRoutesOptions {
  store: FilingStore;
  token: string;
  faults: FaultSwitch;
  counts: FilingCounts;
}

/** Room for a 25 MiB file in base64 (4/3 of it) and the JSON around it. */
const DOCUMENT_BODY_LIMIT = 40 * 1024 * 1024;

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Compares the bearer token in constant time (hashing both first evens out their lengths). */
function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer +(\S+)$/i.exec(authorization ?? "")?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

/** Decodes strict base64; undefined when the text is not base64. */
function decodeBase64(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, "base64");
  return bytes.toString("base64") === text ? bytes : undefined;
}

/** RFC 6266 `Content-Disposition` with the name in UTF-8. */
const attachmentDisposition = (name: string) =>
  `attachment; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/**
 * The filing-service API (register under `/filing/v1`): records keyed by the sender's `externalId`,
 * documents keyed by name within a record, every write idempotent.
 */
export const filingRoutes: FastifyPluginAsync<FilingRoutesOptions> = async (
  app,
  { store, token, faults, counts },
) => {
  app.addHook("onRequest", async (request, reply) => {
    counts.requests += 1;
    const fault = faults.take();
    if (fault) {
      counts.faulted += 1;
      return sendFault(reply, fault, "The filing service");
    }
    if (!bearerMatches(request.headers.authorization, token)) {
      counts.unauthorized += 1;
      reply.header("www-authenticate", 'Bearer realm="filing"');
      return sendError(
        reply,
        401,
        "unauthorized",
        "Send the filing service's token as Authorization: Bearer <token>",
      );
    }
  });

  app.post<{ Body: NewFilingRecord }>(
    "/records",
    { schema: { body: newRecordSchema } },
    async (request, reply) => {
      const { record, created } = await store.create(request.body);
      if (created) counts.recordsCreated += 1;
      return reply.code(created ? 201 : 200).send(record);
    },
  );

  app.get<{ Querystring: { externalId?: string } }>(
    "/records",
    { schema: { querystring: recordsQuerySchema } },
    async (request) => {
      const { externalId } = request.query;
      if (externalId === undefined) return { records: store.list() };
      const record = store.findByExternalId(externalId);
      return { records: record ? [record] : [] };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/records/:id",
    { schema: { params: recordParamsSchema } },
    async (request, reply) => {
      const record = store.get(request.params.id);
      if (!record) return sendError(reply, 404, "not-found", `There is no record ${request.params.id}`);
      return record;
    },
  );

  app.post<{ Params: { id: string }; Body: NewDocumentBody }>(
    "/records/:id/documents",
    { bodyLimit: DOCUMENT_BODY_LIMIT, schema: { params: recordParamsSchema, body: newDocumentSchema } },
    async (request, reply) => {
      const record = store.get(request.params.id);
      if (!record) return sendError(reply, 404, "not-found", `There is no record ${request.params.id}`);
      const { name, kind, contentType, contentBase64 } = request.body;
      const content = decodeBase64(contentBase64);
      if (!content)
        return sendError(
          reply,
          400,
          "invalid-request",
          "body/contentBase64 must be base64 (RFC 4648, padded)",
        );
      const sha256 = request.body.sha256.toLowerCase();
      const actual = createHash("sha256").update(content).digest("hex");
      if (actual !== sha256)
        return sendError(
          reply,
          400,
          "checksum-mismatch",
          `The content's SHA-256 is ${actual}, not the ${sha256} sent`,
        );
      const added = await store.addDocument(record, { name, kind, contentType, sha256, content });
      if (added === "conflict")
        return sendError(
          reply,
          409,
          "document-conflict",
          `The record already has a document named "${name}" with other content`,
        );
      if (added.created) counts.documentsStored += 1;
      return reply.code(added.created ? 201 : 200).send(added.document);
    },
  );

  app.get<{ Params: { id: string; documentId: string } }>(
    "/records/:id/documents/:documentId/content",
    { schema: { params: recordParamsSchema } },
    async (request, reply) => {
      const { id, documentId } = request.params;
      const document = store.get(id)?.documents.find((candidate) => candidate.id === documentId);
      const content = document && store.content(document.id);
      if (!document || !content)
        return sendError(reply, 404, "not-found", `Record ${id} has no document ${documentId}`);
      return reply
        .type(document.contentType)
        .header("content-disposition", attachmentDisposition(document.name))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox")
        .send(content);
    },
  );
};
