import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { AppError } from "../errors/app-error.ts";
import {
  createDevelopmentCredentials,
  describeCertificate,
  loadPkcs12,
  type SigningCredentials,
} from "./signing-credentials.ts";

// Parsed credentials per organisation: parsing a PKCS#12 takes milliseconds, signing happens often.
// Kept a minute, so a certificate installed through another process is picked up soon.
const cache = new Map<string, { credentials: SigningCredentials; until: number }>();
const CACHE_MS = 60_000;

/**
 * The organisation's receipt-signing credentials. Without installed ones, a development CA and
 * certificate are generated and stored when `allowDevelopment` (the embedded default); otherwise
 * the answer says how to install a real certificate.
 */
export async function signingCredentialsFor(
  db: Kysely<Database>,
  organisationId: string,
  { allowDevelopment }: { allowDevelopment: boolean },
): Promise<SigningCredentials> {
  const known = cache.get(organisationId);
  if (known && known.until > Date.now()) return known.credentials;
  let row = await selectCredentials(db, organisationId);
  if (!row && allowDevelopment) {
    const organisation = await db
      .selectFrom("organisations")
      .select("name")
      .where("id", "=", organisationId)
      .executeTakeFirst();
    const name = organisation ? (Object.values(organisation.name)[0] ?? organisationId) : organisationId;
    const generated = await createDevelopmentCredentials(name);
    await storeCredentials(db, organisationId, {
      p12: generated.p12,
      password: generated.password,
      development: true,
      caCertificatePem: generated.caCertificatePem,
    });
    row = await selectCredentials(db, organisationId);
  }
  if (!row)
    throw new AppError(
      "unavailable",
      `${organisationId} has no certificate for signing receipts; an admin installs one (see docs/operating.md)`,
    );
  const credentials = loadPkcs12(row.p12, row.password);
  cache.set(organisationId, { credentials, until: Date.now() + CACHE_MS });
  return credentials;
}

function selectCredentials(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom("signing_credentials")
    .select(["p12", "password"])
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/**
 * Stores credentials as the organisation's current ones (a development certificate never replaces
 * installed ones) and keeps their certificate, so receipts signed with it verify for good.
 */
async function storeCredentials(
  db: Kysely<Database>,
  organisationId: string,
  input: { p12: Uint8Array; password: string; development: boolean; caCertificatePem?: string | undefined },
) {
  const credentials = loadPkcs12(input.p12, input.password);
  const certificate = describeCertificate(credentials.certificate);
  const row = {
    organisation_id: organisationId,
    p12: input.p12,
    password: input.password,
    certificate_pem: credentials.certificatePem,
    fingerprint_sha256: certificate.fingerprintSha256,
    development: input.development,
    ca_certificate_pem: input.caCertificatePem ?? null,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("signing_credentials")
      .values(row)
      .onConflict((oc) =>
        input.development
          ? oc.column("organisation_id").doNothing()
          : oc.column("organisation_id").doUpdateSet({ ...row, created_at: new Date() }),
      )
      .execute();
    await trx
      .insertInto("signing_certificates")
      .values({
        fingerprint_sha256: certificate.fingerprintSha256,
        organisation_id: organisationId,
        certificate_pem: credentials.certificatePem,
        development: input.development,
      })
      .onConflict((oc) => oc.column("fingerprint_sha256").doNothing())
      .execute();
  });
  cache.delete(organisationId);
  return certificate;
}

/** Installs an organisation's own certificate and key (PKCS#12) for signing its receipts. */
export async function installSigningCertificate(
  db: Kysely<Database>,
  organisationId: string,
  p12: Uint8Array,
  password: string,
) {
  try {
    loadPkcs12(p12, password);
  } catch (error) {
    throw new AppError("bad-request", `The PKCS#12 file cannot be used: ${(error as Error).message}`);
  }
  return storeCredentials(db, organisationId, { p12, password, development: false });
}

/** The certificate receipts are signed with now (never the key), or undefined. */
export async function currentSigningCertificate(db: Kysely<Database>, organisationId: string) {
  return db
    .selectFrom("signing_credentials")
    .select(["certificate_pem", "fingerprint_sha256", "development", "ca_certificate_pem", "created_at"])
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}
