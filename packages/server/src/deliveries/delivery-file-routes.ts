import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { errors } from "../http/schemas.ts";
import type { ReceiptIssuer } from "../receipts/receipt-issuer.ts";
import type { DeliveryLinks, LinkedFile } from "./delivery-links.ts";

const LinkQuery = z.object({
  expires: z.coerce.number().int().positive(),
  signature: z.string().min(1).max(100),
});

/** RFC 6266 `attachment` with an ASCII fallback and the UTF-8 name. */
const contentDisposition = (filename: string) =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/**
 * The files behind the signed links given to receivers (webhook payloads, e-mails): fetched without
 * credentials, while the link is valid.
 */
export const deliveryFileRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  links: DeliveryLinks;
  receipts: ReceiptIssuer;
}> = async (app, { db, links, receipts }) => {
  const checkLink = (file: LinkedFile, query: z.infer<typeof LinkQuery>) => {
    const verdict = links.check(file, query.expires, query.signature);
    if (verdict === "expired")
      throw new AppError("gone", "This download link has expired; ask for the delivery to be replayed");
    if (verdict === "invalid") throw new AppError("not-found", "This download link is not valid");
  };

  app.get(
    "/delivery-files/attachments/:id",
    {
      schema: {
        tags: ["deliveries"],
        summary: "Download an attachment of a submission through a signed link from a delivery",
        security: [],
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: LinkQuery,
        response: { 200: z.any().describe("The file"), ...errors(400, 404, 410) },
      },
    },
    async (request, reply) => {
      checkLink({ kind: "attachment", id: request.params.id }, request.query);
      const file = await db
        .selectFrom("attachments")
        .select(["filename", "content_type", "content"])
        .where("id", "=", request.params.id)
        .where("submission_id", "is not", null)
        .executeTakeFirst();
      if (!file) throw new AppError("not-found", "This file no longer exists");
      return reply
        .header("content-type", file.content_type)
        .header("content-disposition", contentDisposition(file.filename))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(Buffer.from(file.content));
    },
  );

  app.get(
    "/delivery-files/receipts/:id",
    {
      schema: {
        tags: ["deliveries"],
        summary: "Download a submission's signed receipt through a signed link from a delivery",
        security: [],
        params: z.object({ id: z.uuid() }),
        querystring: LinkQuery,
        response: { 200: z.any().describe("The PDF"), ...errors(400, 404, 410) },
      },
    },
    async (request, reply) => {
      checkLink({ kind: "receipt", id: request.params.id }, request.query);
      const receipt = await receipts.receiptFor(request.params.id);
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", contentDisposition(receipt.filename))
        .header("cache-control", "private, no-store")
        .send(Buffer.from(receipt.pdf));
    },
  );
};
