import {
  renderVerificationPage,
  type VerificationVerdictView,
  verificationLanguage,
} from "@civitas/templates/pages";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import { readUploadedPdf } from "./read-uploaded-pdf.ts";
import { type ReceiptVerdict, submissionByVerificationCode, verifyReceipt } from "./verify-receipt.ts";

const LangQuery = z.object({ lang: z.string().max(10).optional() });

const formatTime = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Prague" }).format(
    new Date(iso),
  );

function verdictView(verdict: ReceiptVerdict, lang: string): VerificationVerdictView {
  const headline = !verdict.genuine ? "notGenuine" : verdict.unmodified ? "genuine" : "genuineModified";
  return {
    ok: verdict.genuine && verdict.unmodified,
    headline,
    ...(verdict.submission
      ? {
          submission: {
            ...verdict.submission,
            submittedAt: formatTime(verdict.submission.submittedAt, lang),
          },
        }
      : {}),
    ...(verdict.signer
      ? {
          signer: `${verdict.signer.subject}${verdict.signer.development ? " (development certificate)" : ""}`,
        }
      : {}),
    ...(verdict.signedAt ? { signedAt: formatTime(verdict.signedAt, lang) } : {}),
    problems: verdict.problems,
  };
}

const html = (reply: import("fastify").FastifyReply, body: string, status = 200) =>
  reply
    .status(status)
    .header("content-type", "text/html; charset=utf-8")
    .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
    .header("x-content-type-options", "nosniff")
    .send(body);

/**
 * The public verification page a receipt's QR code opens (`/verify/<code>`), where anyone can also
 * upload a receipt to check it. Server-rendered, in Czech, English or Latvian.
 */
export const verificationPageRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (
  app,
  { db },
) => {
  app.get("/verify", { schema: { hide: true, querystring: LangQuery } }, async (request, reply) =>
    html(reply, renderVerificationPage({ lang: request.query.lang, uploadAction: "/verify" })),
  );

  app.get(
    "/verify/:code",
    { schema: { hide: true, params: z.object({ code: z.string().max(100) }), querystring: LangQuery } },
    async (request, reply) => {
      const lang = verificationLanguage(
        request.query.lang ?? request.headers["accept-language"]?.slice(0, 2),
      );
      const submission = /^[A-Za-z0-9_-]{10,64}$/.test(request.params.code)
        ? await submissionByVerificationCode(db, request.params.code, lang)
        : undefined;
      const page = renderVerificationPage({
        lang,
        uploadAction: "/verify",
        verdict: submission
          ? {
              ok: true,
              headline: "knownCode",
              submission: { ...submission, submittedAt: formatTime(submission.submittedAt, lang) },
              problems: [],
            }
          : { ok: false, headline: "unknownCode", problems: [] },
      });
      return html(reply, page, submission ? 200 : 404);
    },
  );

  app.post("/verify", { schema: { hide: true, querystring: LangQuery } }, async (request, reply) => {
    const lang = verificationLanguage(request.query.lang);
    let verdict: VerificationVerdictView;
    try {
      const pdf = await readUploadedPdf(request);
      verdict = verdictView(await verifyReceipt(db, pdf, lang), lang);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      verdict = { ok: false, headline: "notGenuine", problems: [error.message] };
    }
    return html(reply, renderVerificationPage({ lang, uploadAction: "/verify", verdict }));
  });
};
