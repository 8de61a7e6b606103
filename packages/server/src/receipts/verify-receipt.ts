import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { localize } from "../drafts/localize.ts";
import { verifyPdfSignature } from "./verify-pdf-signature.ts";

export interface ReceiptVerdict {
  /** Signed by one of this platform's organisation certificates, and the signed bytes are intact. */
  genuine: boolean;
  /** Byte for byte the receipt that was issued (nothing changed or added after signing). */
  unmodified: boolean;
  submission: VerifiedSubmission | null;
  signer: { subject: string; issuer: string; fingerprintSha256: string; development: boolean } | null;
  signedAt: string | null;
  /** Why it is not genuine or not unmodified, in words. */
  problems: string[];
}

export interface VerifiedSubmission {
  id: string;
  caseNumber: string;
  organisation: string;
  formTitle: string;
  submittedAt: string;
  state: string;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function submissionOfReceipt(
  db: Kysely<Database>,
  where: { sha256: string } | { code: string },
  lang: string | undefined,
): Promise<VerifiedSubmission | undefined> {
  let query = db
    .selectFrom("receipts")
    .innerJoin("submissions", "submissions.id", "receipts.submission_id")
    .innerJoin("organisations", "organisations.id", "submissions.organisation_id")
    .innerJoin("document_versions", "document_versions.id", "submissions.form_version_id")
    .select([
      "submissions.id",
      "submissions.case_number",
      "submissions.submitted_at",
      "submissions.state",
      "organisations.name as organisation",
      "document_versions.content",
    ]);
  query =
    "code" in where
      ? query.where("receipts.verification_code", "=", where.code)
      : query.where("receipts.sha256", "=", where.sha256);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const form = row.content as { spec?: { name?: Record<string, string> } };
  return {
    id: row.id,
    caseNumber: row.case_number,
    organisation: localize(row.organisation, lang),
    formTitle: localize(form.spec?.name, lang),
    submittedAt: new Date(row.submitted_at).toISOString(),
    state: row.state,
  };
}

/** The submission a receipt's QR code points to; only what the receipt itself shows on top. */
export function submissionByVerificationCode(db: Kysely<Database>, code: string, lang?: string) {
  return submissionOfReceipt(db, { code }, lang);
}

/**
 * Checks an uploaded receipt: is its signature intact and made with one of the platform's
 * organisation certificates, is it byte for byte the receipt issued, and to which submission does
 * it belong. A copy with bytes added after signing still shows its submission (the signed revision
 * is looked up), but is reported as modified.
 */
export async function verifyReceipt(
  db: Kysely<Database>,
  pdf: Uint8Array,
  lang?: string,
): Promise<ReceiptVerdict> {
  const signature = verifyPdfSignature(pdf);
  const problems: string[] = [];
  if (!signature.signed) {
    return {
      genuine: false,
      unmodified: false,
      submission: null,
      signer: null,
      signedAt: null,
      problems: [...new Set(["The file carries no electronic signature", ...signature.problems])],
    };
  }
  problems.push(...signature.problems);
  const certificate = await db
    .selectFrom("signing_certificates")
    .select(["development"])
    .where("fingerprint_sha256", "=", signature.signer.fingerprintSha256)
    .executeTakeFirst();
  if (!certificate) problems.push("The signature was not made with a certificate of this platform");
  if (!signature.intact) problems.push("The signed content was changed after signing");
  if (!signature.coversWholeFile) problems.push("Content was added to the file after it was signed");
  const genuine = Boolean(certificate) && signature.intact;

  const exact = await submissionOfReceipt(db, { sha256: sha256(pdf) }, lang);
  const signedRevision =
    exact ??
    (signature.signedLength
      ? await submissionOfReceipt(db, { sha256: sha256(pdf.subarray(0, signature.signedLength)) }, lang)
      : undefined);
  if (genuine && !signedRevision) problems.push("No submission of this platform has this receipt");
  return {
    genuine,
    unmodified: Boolean(exact) && genuine,
    submission: genuine ? (signedRevision ?? null) : null,
    signer: {
      subject: signature.signer.subject,
      issuer: signature.signer.issuer,
      fingerprintSha256: signature.signer.fingerprintSha256,
      development: certificate?.development ?? false,
    },
    signedAt: signature.signingTime?.toISOString() ?? null,
    problems,
  };
}
