import { type Kysely, sql } from "kysely";

// Frozen in time: this migration never imports application code.

/**
 * Delivery of submissions through connectors, and signed receipts.
 * - outbox: what the receiver answered (its reference) and when the last attempt ran; each attempt is
 *   kept in delivery_attempts so an admin can see why a delivery failed.
 * - receipts: the signed PDF issued for a submission, found again by its hash (an uploaded copy) or by
 *   the code in its QR link.
 * - signing_credentials: each organisation's PKCS#12 certificate and key for signing receipts.
 * - server_keys: keys shared by every server process, such as the one signing download links.
 * - job_runs: when a job that one process should run for all (the failure digest) last ran.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const now = sql`now()`;
  await db.schema
    .alterTable("outbox")
    .addColumn("reference", "text")
    .addColumn("last_attempt_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("outbox_submission")
    .on("outbox")
    .columns(["submission_id", "route_id"])
    .execute();

  await db.schema
    .createTable("delivery_attempts")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("outbox_id", "integer", (c) => c.notNull().references("outbox.id").onDelete("cascade"))
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("detail", "text")
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex("delivery_attempts_outbox")
    .on("delivery_attempts")
    .column("outbox_id")
    .execute();

  await db.schema
    .createTable("receipts")
    .addColumn("submission_id", "uuid", (c) =>
      c.primaryKey().references("submissions.id").onDelete("cascade"),
    )
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("pdf", "bytea", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull().unique())
    .addColumn("verification_code", "text", (c) => c.notNull().unique())
    .addColumn("signer_fingerprint", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("signing_credentials")
    .addColumn("organisation_id", "text", (c) => c.primaryKey().references("organisations.id"))
    .addColumn("p12", "bytea", (c) => c.notNull())
    .addColumn("password", "text", (c) => c.notNull())
    .addColumn("certificate_pem", "text", (c) => c.notNull())
    .addColumn("fingerprint_sha256", "text", (c) => c.notNull())
    .addColumn("development", "boolean", (c) => c.notNull())
    .addColumn("ca_certificate_pem", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  // Receipts signed with a certificate since replaced still verify: every certificate used is kept.
  await db.schema
    .createTable("signing_certificates")
    .addColumn("fingerprint_sha256", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("certificate_pem", "text", (c) => c.notNull())
    .addColumn("development", "boolean", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("server_keys")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("job_runs")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("last_run_at", "timestamptz", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "job_runs",
    "server_keys",
    "signing_certificates",
    "signing_credentials",
    "receipts",
    "delivery_attempts",
  ])
    await db.schema.dropTable(table).ifExists().execute();
  await db.schema.dropIndex("outbox_submission").ifExists().execute();
  await db.schema.alterTable("outbox").dropColumn("reference").dropColumn("last_attempt_at").execute();
}
