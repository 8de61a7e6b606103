import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import { requireRole } from "../auth/actor.ts";
import { ownerOf } from "../citizens/owner.ts";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { errors, OrganisationParam } from "../http/schemas.ts";
import { BACK_OFFICE_ROLES } from "../submissions/case-state-service.ts";
import { findSubmissionInOrganisation, findSubmissionOfOwner } from "../submissions/submission-repository.ts";
import { ResumeToken } from "../submissions/submission-schemas.ts";
import { readUploadedPdf } from "./read-uploaded-pdf.ts";
import type { IssuedReceipt, ReceiptIssuer } from "./receipt-issuer.ts";
import {
  ReceiptVerdictSchema,
  SigningCertificateSchema,
  VerifiedSubmissionSchema,
} from "./receipt-schemas.ts";
import { currentSigningCertificate, installSigningCertificate } from "./signing-credentials-store.ts";
import { submissionByVerificationCode, verifyReceipt } from "./verify-receipt.ts";

const IdParam = z.object({ id: z.uuid() });
/** Receipts are small; a verification upload larger than this is not one. */
export const RECEIPT_LIMIT_BYTES = 20 * 1024 * 1024;
const PdfResponse = z.any().describe("The signed receipt (application/pdf)");

const sendPdf = (reply: import("fastify").FastifyReply, receipt: IssuedReceipt) =>
  reply
    .header("content-type", "application/pdf")
    .header("content-disposition", `attachment; filename="${receipt.filename}"`)
    .header("cache-control", "private, no-store")
    .send(Buffer.from(receipt.pdf));

/** Receipts: the citizen's and the back office's download, verification, and the signing certificate. */
export const receiptRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; receipts: ReceiptIssuer }> = async (
  app,
  { db, receipts },
) => {
  app.addContentTypeParser(
    "application/pdf",
    { parseAs: "buffer", bodyLimit: RECEIPT_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    "/submissions/:id/receipt",
    {
      schema: {
        tags: ["citizen"],
        summary: "The signed PDF receipt of my submission",
        params: IdParam,
        headers: z.looseObject({ "x-resume-token": ResumeToken.optional() }),
        response: { 200: PdfResponse, ...errors(400, 401, 404, 503) },
      },
    },
    async (request, reply) => {
      const owner = ownerOf(request);
      if (!owner)
        throw new AppError(
          "unauthenticated",
          "Sign in, or send your resume token in the X-Resume-Token header",
        );
      const submission = await findSubmissionOfOwner(db, owner, request.params.id);
      if (!submission)
        throw new AppError(
          "not-found",
          `Submission ${request.params.id} does not exist or is not visible to you`,
        );
      return sendPdf(reply, await receipts.receiptFor(submission.id));
    },
  );

  app.get(
    "/organisations/:organisation/submissions/:id/receipt",
    {
      schema: {
        tags: ["back office"],
        summary: "The signed PDF receipt the citizen got for a submission",
        params: OrganisationParam.extend(IdParam.shape),
        response: { 200: PdfResponse, ...errors(400, 401, 403, 404, 503) },
      },
    },
    async (request, reply) => {
      const { organisation, id } = request.params;
      requireRole(request.actor, organisation, BACK_OFFICE_ROLES);
      const submission = await findSubmissionInOrganisation(db, organisation, id);
      if (!submission)
        throw new AppError("not-found", `Submission ${id} does not exist or is not visible to you`);
      return sendPdf(reply, await receipts.receiptFor(submission.id));
    },
  );

  app.post(
    "/receipts/verify",
    {
      schema: {
        tags: ["receipts"],
        summary: "Check a receipt: genuine, unmodified, and which submission it belongs to",
        description:
          "Send the PDF as the request body (Content-Type: application/pdf) or as the `receipt` field of a " +
          "multipart form. Anyone may ask; the answer shows only the receipt's heading details.",
        security: [],
        querystring: z.object({ lang: z.string().max(10).optional() }),
        response: { 200: ReceiptVerdictSchema, ...errors(400, 413, 415) },
      },
    },
    async (request) => verifyReceipt(db, await readUploadedPdf(request), request.query.lang),
  );

  app.get(
    "/receipts/verify/:code",
    {
      schema: {
        tags: ["receipts"],
        summary: "The submission a receipt's QR code points to",
        security: [],
        params: z.object({ code: z.string().min(10).max(64) }),
        querystring: z.object({ lang: z.string().max(10).optional() }),
        response: { 200: VerifiedSubmissionSchema, ...errors(400, 404) },
      },
    },
    async (request) => {
      const submission = await submissionByVerificationCode(db, request.params.code, request.query.lang);
      if (!submission) throw new AppError("not-found", "No receipt has this verification code");
      return submission;
    },
  );

  app.get(
    "/organisations/:organisation/signing-certificate",
    {
      schema: {
        tags: ["receipts"],
        summary: "The certificate receipts are signed with (never the key)",
        params: OrganisationParam,
        response: { 200: SigningCertificateSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requireRole(request.actor, request.params.organisation, ["admin"]);
      const current = await currentSigningCertificate(db, request.params.organisation);
      if (!current)
        throw new AppError(
          "not-found",
          "No certificate yet: one is installed, or generated with the first receipt",
        );
      return {
        certificatePem: current.certificate_pem,
        fingerprintSha256: current.fingerprint_sha256,
        development: current.development,
        caCertificatePem: current.ca_certificate_pem,
        installedAt: new Date(current.created_at).toISOString(),
      };
    },
  );

  app.put(
    "/organisations/:organisation/signing-certificate",
    {
      schema: {
        tags: ["receipts"],
        summary: "Install the organisation's certificate and key (PKCS#12) for signing receipts",
        description:
          "A multipart form with the file `p12` and the field `password`. Receipts issued from now on are " +
          "signed with it; receipts signed before still verify.",
        params: OrganisationParam,
        response: {
          200: SigningCertificateSchema.omit({ caCertificatePem: true }),
          ...errors(400, 401, 403, 404, 415),
        },
      },
    },
    async (request) => {
      requireRole(request.actor, request.params.organisation, ["admin"]);
      if (!request.isMultipart())
        throw new AppError(
          "unsupported-media-type",
          "Send a multipart form with the file p12 and the field password",
        );
      let p12: Buffer | undefined;
      let password: string | undefined;
      for await (const part of request.parts()) {
        if (part.type === "file" && part.fieldname === "p12") p12 = await part.toBuffer();
        else if (part.type === "field" && part.fieldname === "password") password = String(part.value);
      }
      if (!p12 || password === undefined)
        throw new AppError("bad-request", "Send both the file p12 and the field password");
      const certificate = await installSigningCertificate(db, request.params.organisation, p12, password);
      const current = await currentSigningCertificate(db, request.params.organisation);
      return {
        certificatePem: current?.certificate_pem ?? "",
        fingerprintSha256: certificate.fingerprintSha256,
        development: false,
        installedAt: new Date(current?.created_at ?? Date.now()).toISOString(),
      };
    },
  );
};
