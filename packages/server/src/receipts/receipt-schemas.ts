import { z } from "zod";

export const VerifiedSubmissionSchema = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    organisation: z.string(),
    formTitle: z.string(),
    submittedAt: z.iso.datetime(),
    state: z.string(),
  })
  .meta({ id: "VerifiedSubmission" });

export const ReceiptVerdictSchema = z
  .object({
    genuine: z
      .boolean()
      .describe("Signed by a certificate of this platform, and the signed bytes are intact"),
    unmodified: z.boolean().describe("Byte for byte the receipt that was issued"),
    submission: VerifiedSubmissionSchema.nullable(),
    signer: z
      .object({
        subject: z.string(),
        issuer: z.string(),
        fingerprintSha256: z.string(),
        development: z.boolean().describe("A development certificate, not a real one"),
      })
      .nullable(),
    signedAt: z.iso.datetime().nullable(),
    problems: z.array(z.string()),
  })
  .meta({ id: "ReceiptVerdict" });

export const SigningCertificateSchema = z
  .object({
    certificatePem: z.string(),
    fingerprintSha256: z.string(),
    development: z.boolean(),
    caCertificatePem: z
      .string()
      .nullable()
      .describe("The development CA, to trust in a PDF reader for testing"),
    installedAt: z.iso.datetime(),
  })
  .meta({ id: "SigningCertificate" });
