import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { ReceiptFile } from "../connectors/connector.ts";
import type { Database } from "../db/schema.ts";
import { loadSubmissionForDelivery } from "../deliveries/submission-for-delivery.ts";
import { AppError } from "../errors/app-error.ts";
import { buildReceiptModel } from "./receipt-model.ts";
import { renderSignedReceipt } from "./sign-pdf.ts";
import { signingCredentialsFor } from "./signing-credentials-store.ts";

export interface IssuedReceipt extends ReceiptFile {
  /** The code in the receipt's QR link to the verification page. */
  verificationCode: string;
}

export interface ReceiptIssuer {
  /** A submission's signed receipt: issued (rendered, signed, stored) on first use, then the same. */
  receiptFor(submissionId: string): Promise<IssuedReceipt>;
}

export const verificationUrl = (publicUrl: string, code: string) => `${publicUrl}/verify/${code}`;

const receiptFilename = (caseNumber: string) => `receipt-${caseNumber.replace(/[^A-Za-z0-9._-]+/g, "-")}.pdf`;

/**
 * Issues receipts: a PDF of the submission in the citizen's language, signed with the
 * organisation's certificate, kept so that every download and every receiver gets the same bytes.
 * A receipt is issued when first needed (the citizen's download, a connector attaching it), so the
 * submission itself never waits for rendering and signing.
 */
export function createReceiptIssuer(
  db: Kysely<Database>,
  settings: { publicUrl: string; developmentCertificates: boolean },
): ReceiptIssuer {
  // Concurrent first requests for one receipt in this process share the work.
  const issuing = new Map<string, Promise<IssuedReceipt>>();

  const issue = async (submissionId: string): Promise<IssuedReceipt> => {
    const submission = await loadSubmissionForDelivery(db, submissionId);
    if (!submission) throw new AppError("not-found", `Submission ${submissionId} does not exist`);
    const credentials = await signingCredentialsFor(db, submission.organisationId, {
      allowDevelopment: settings.developmentCertificates,
    });
    const code = randomBytes(18).toString("base64url");
    const model = buildReceiptModel({
      form: submission.form,
      data: submission.data,
      locale: submission.locale,
      fallbackLocale: submission.organisationLanguage,
      organisationName: submission.organisationName,
      title: submission.formTitle,
      caseNumber: submission.caseNumber,
      submittedAt: submission.submittedAt,
      formId: submission.formId,
      formVersion: submission.formVersion,
      submissionId: submission.id,
      attachments: submission.attachments,
      listAttachments: submission.form.submission.receipt.listAttachments,
      verificationUrl: verificationUrl(settings.publicUrl, code),
    });
    const pdf = await renderSignedReceipt(model, credentials);
    // Another process may have issued it meanwhile: the first stored receipt is the receipt.
    await db
      .insertInto("receipts")
      .values({
        submission_id: submission.id,
        organisation_id: submission.organisationId,
        pdf,
        sha256: createHash("sha256").update(pdf).digest("hex"),
        verification_code: code,
        signer_fingerprint: credentials.fingerprintSha256,
      })
      .onConflict((oc) => oc.column("submission_id").doNothing())
      .execute();
    const stored = await findStoredReceipt(db, submission.id);
    if (!stored) throw new AppError("internal", "The receipt was issued but could not be read back");
    return stored;
  };

  return {
    async receiptFor(submissionId) {
      const stored = await findStoredReceipt(db, submissionId);
      if (stored) return stored;
      let pending = issuing.get(submissionId);
      if (!pending) {
        pending = issue(submissionId).finally(() => issuing.delete(submissionId));
        issuing.set(submissionId, pending);
      }
      return pending;
    },
  };
}

async function findStoredReceipt(
  db: Kysely<Database>,
  submissionId: string,
): Promise<IssuedReceipt | undefined> {
  const row = await db
    .selectFrom("receipts")
    .innerJoin("submissions", "submissions.id", "receipts.submission_id")
    .select(["receipts.pdf", "receipts.sha256", "receipts.verification_code", "submissions.case_number"])
    .where("receipts.submission_id", "=", submissionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    filename: receiptFilename(row.case_number),
    pdf: row.pdf,
    sha256: row.sha256,
    verificationCode: row.verification_code,
  };
}
