import type { FastifyRequest, FastifySchemaCompiler } from "fastify";
import { type FastifyPluginAsyncZod, validatorCompiler } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import { ownerOf } from "../../citizens/owner.ts";
import type { Database } from "../../db/schema.ts";
import type { Env } from "../../env.ts";
import { errors } from "../../http/schemas.ts";
import { resumeRateLimit } from "../draft-rate-limits.ts";
import { DraftId, ResumeTokenHeaders } from "../draft-schemas.ts";
import {
  deleteAttachment,
  getAttachmentFile,
  listAttachments,
  type ReadFile,
  uploadAttachment,
} from "./attachments-service.ts";
import { contentDisposition } from "./content-disposition.ts";

const AttachmentId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const Params = z.object({ id: DraftId });
const FileParams = Params.extend({ attachmentId: AttachmentId });

const Attachment = z
  .object({
    id: AttachmentId,
    field: z.string(),
    filename: z.string(),
    contentType: z.string().meta({ description: "The type the file's bytes really are." }),
    size: z.number().int(),
    sha256: z.string(),
    createdAt: z.date(),
  })
  .meta({ id: "Attachment" });

/** The upload is read as a stream in the handler; its body schema only describes it in the API document. */
const streamedBody: FastifySchemaCompiler<unknown> = (route) =>
  route.httpPart === "body"
    ? () => ({ value: undefined })
    : validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);

const readMultipartFile =
  (request: FastifyRequest): ReadFile =>
  async (maxBytes) => {
    if (!request.isMultipart()) return undefined;
    const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!part) return undefined;
    try {
      return { filename: part.filename, bytes: await part.toBuffer(), truncated: part.file.truncated };
    } catch (error) {
      if ((error as { code?: string }).code !== "FST_REQ_FILE_TOO_LARGE") throw error;
      return { filename: part.filename, bytes: Buffer.alloc(0), truncated: true };
    }
  };

/** Files of a draft's file fields: upload, list, download, delete (the draft's owner only). */
export const attachmentsRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; env: Env }> = async (
  app,
  { db, env },
) => {
  app.post(
    "/drafts/:id/attachments",
    {
      config: { rateLimit: resumeRateLimit },
      validatorCompiler: streamedBody,
      schema: {
        tags: ["drafts"],
        summary: "Upload a file for a file field of the draft's form",
        description:
          "multipart/form-data with one file. Its type is read from its bytes, not from the file name or the client's claim, and must be one the field accepts.",
        consumes: ["multipart/form-data"],
        headers: ResumeTokenHeaders,
        params: Params,
        querystring: z.object({
          field: z
            .string()
            .min(1)
            .max(300)
            .meta({ description: "The file field, e.g. `reduction.ztppCard`." }),
        }),
        body: z.object({ file: z.string().meta({ format: "binary" }) }),
        response: { 201: Attachment, ...errors(400, 404, 410, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const attachment = await uploadAttachment(
        db,
        ownerOf(request),
        {
          draftId: request.params.id,
          field: request.query.field,
          serverLimitBytes: env.ATTACHMENT_LIMIT_BYTES,
        },
        readMultipartFile(request),
      );
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    "/drafts/:id/attachments",
    {
      config: { rateLimit: resumeRateLimit },
      schema: {
        tags: ["drafts"],
        summary: "List the files uploaded to a draft",
        headers: ResumeTokenHeaders,
        params: Params,
        response: { 200: z.object({ attachments: z.array(Attachment) }), ...errors(400, 404, 410, 429) },
      },
    },
    async (request) => ({ attachments: await listAttachments(db, ownerOf(request), request.params.id) }),
  );

  app.get(
    "/drafts/:id/attachments/:attachmentId",
    {
      config: { rateLimit: resumeRateLimit },
      schema: {
        tags: ["drafts"],
        summary: "Download a file of a draft",
        headers: ResumeTokenHeaders,
        params: FileParams,
        response: {
          200: {
            description: "The file, as `Content-Disposition: attachment`, with the type its bytes are.",
            content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
          },
          ...errors(400, 404, 410, 429),
        },
      },
    },
    async (request, reply) => {
      const file = await getAttachmentFile(
        db,
        ownerOf(request),
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", contentDisposition(file.filename))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .send(file.bytes as unknown as string); // bytes skip the serializer; the schema only documents them
    },
  );

  app.delete(
    "/drafts/:id/attachments/:attachmentId",
    {
      config: { rateLimit: resumeRateLimit },
      schema: {
        tags: ["drafts"],
        summary: "Delete a file of a draft",
        headers: ResumeTokenHeaders,
        params: FileParams,
        response: { 204: z.null(), ...errors(400, 404, 410, 429) },
      },
    },
    async (request, reply) => {
      await deleteAttachment(db, ownerOf(request), request.params.id, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );
};
