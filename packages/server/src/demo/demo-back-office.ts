import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { DefinitionBundle } from "@civitas/definitions";
import { startDevMailbox, startReferenceBackOffice } from "@civitas/reference-back-office";
import { type Kysely, sql } from "kysely";
import { RECEIVING_TABLE_COLUMNS } from "../connectors/postgres-table/postgres-table-connector.ts";
import type { Database } from "../db/schema.ts";

/** Where the demo definitions' filing-service and webhook routes point (see service-definitions/forms). */
export const DEMO_BACK_OFFICE_PORT = 3001;

export interface DemoBackOffice {
  /** The secrets the demo routes name, made up for this run and known to both sides. */
  secrets: Record<string, string>;
  smtpUrl: string;
  url: string;
  mailDir: string;
  close(): Promise<void>;
}

/**
 * Runs the demo's receivers beside the server: the reference back office (filing service and
 * webhook inboxes) on port 3001, a development mailbox for e-mail routes, and the tables of
 * PostgreSQL-table routes that name no other database. The secrets the demo forms name are
 * generated here and given to both the server and the receivers.
 */
export async function startDemoBackOffice(
  db: Kysely<Database>,
  bundle: DefinitionBundle,
  dataDir: string,
): Promise<DemoBackOffice> {
  const secrets: Record<string, string> = {};
  // A secret set in the environment is used by both sides; the rest are made up for this run.
  const made = () => randomBytes(24).toString("base64url");
  let filingToken: string | undefined;
  const webhookSecrets: Record<string, string> = {};
  for (const { definition } of bundle.definitions) {
    if (definition.kind !== "Form") continue;
    for (const route of definition.spec.submission.routes) {
      if (route.connector === "filing-service" && route.secret) {
        filingToken ??= process.env[route.secret] || made();
        secrets[route.secret] = filingToken;
      }
      if (route.connector === "webhook") {
        secrets[route.secret] ??= process.env[route.secret] || made();
        const inbox = new URL(route.url).pathname.split("/").filter(Boolean).pop() ?? "default";
        webhookSecrets[inbox] = secrets[route.secret] as string;
      }
      if (route.connector === "postgres-table" && !route.connection) {
        const [schema] = route.table.includes(".") ? route.table.split(".") : [];
        if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
        await sql`create table if not exists ${sql.table(route.table)} (${sql.raw(RECEIVING_TABLE_COLUMNS)})`.execute(
          db,
        );
      }
    }
  }
  const backOffice = await startReferenceBackOffice({
    port: DEMO_BACK_OFFICE_PORT,
    filingToken: filingToken ?? made(),
    webhookSecrets,
    referencePrefix: "DUB",
    dataDir: join(dataDir, "reference-back-office"),
  });
  const mailDir = join(dataDir, "mailbox");
  const mailbox = await startDevMailbox({ port: 0, dir: mailDir });
  return {
    secrets,
    smtpUrl: mailbox.url,
    url: backOffice.url,
    mailDir,
    async close() {
      await mailbox.close();
      await backOffice.close();
    },
  };
}
