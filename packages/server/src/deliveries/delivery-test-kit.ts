import { DOCUMENT_SCHEMAS } from "@civitas/definitions";
import {
  type DevMailbox,
  type ReferenceBackOffice,
  startDevMailbox,
  startReferenceBackOffice,
} from "@civitas/reference-back-office";
import { sql } from "kysely";
import { createTestServer, DEMO_ORG, type TestServer } from "../../test/test-server.ts";
import { RECEIVING_TABLE_COLUMNS } from "../connectors/postgres-table/postgres-table-connector.ts";
import { publishVersion } from "../registry/document-store.ts";

export const HOOK_SECRET = "test-webhook-secret-0123456789";
export const FILING_TOKEN = "test-filing-token-0123456789";

export interface DeliveryRig {
  server: TestServer;
  backOffice: ReferenceBackOffice;
  mailbox: DevMailbox;
  /** Secrets the server knows; tests may add or change them. */
  secrets: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A test server whose delivery worker runs fast (50 ms polls, retries after 100–400 ms), beside
 * the reference back office and a development mailbox as the receivers.
 */
export async function createDeliveryRig(env: Record<string, string> = {}): Promise<DeliveryRig> {
  const backOffice = await startReferenceBackOffice({
    filingToken: FILING_TOKEN,
    webhookSecrets: HOOK_SECRET,
    referencePrefix: "TST",
  });
  const mailbox = await startDevMailbox({ port: 0 });
  const secrets: Record<string, string> = { HOOK_SECRET, FILING_TOKEN };
  const server = await createTestServer({
    env: {
      DELIVERY_WORKER: "true",
      DELIVERY_POLL_MS: "50",
      DELIVERY_RETRY_BASE_MS: "100",
      DELIVERY_RETRY_MAX_MS: "400",
      DELIVERY_TIMEOUT_MS: "5000",
      DELIVERY_LEASE_MS: "10000",
      SMTP_URL: mailbox.url,
      ...env,
    },
    secrets,
  });
  await sql`create table delivered_cases (${sql.raw(RECEIVING_TABLE_COLUMNS)})`.execute(server.db);
  return {
    server,
    backOffice,
    mailbox,
    secrets,
    async close() {
      await server.close();
      await mailbox.close();
      await backOffice.close();
    },
  };
}

type RouteOptions = { maxAttempts?: number; webhookSecret?: string; only?: string[] };

/**
 * Publishes a small application form delivered to every kind of receiver of the rig: a webhook
 * (links to attachments), the filing service, e-mail (only for `urgent` cases) and a table.
 */
export async function publishDeliveredForm(rig: DeliveryRig, id: string, options: RouteOptions = {}) {
  const maxAttempts = options.maxAttempts ?? 3;
  const routes = [
    {
      id: "agenda",
      connector: "webhook",
      url: rig.backOffice.webhooks.urlOf("agenda"),
      secret: options.webhookSecret ?? "HOOK_SECRET",
      maxAttempts,
    },
    {
      id: "filing",
      connector: "filing-service",
      url: rig.backOffice.filing.url,
      secret: "FILING_TOKEN",
      maxAttempts,
    },
    {
      id: "clerk",
      connector: "email",
      to: ["podatelna@dubova.example"],
      when: { field: "urgent", equals: true },
      maxAttempts,
    },
    { id: "register", connector: "postgres-table", table: "delivered_cases", maxAttempts },
  ].filter((route) => !options.only || options.only.includes(route.id));
  const definition = DOCUMENT_SCHEMAS.Form.parse({
    apiVersion: "civitas/v1",
    kind: "Form",
    metadata: { id, organisation: DEMO_ORG },
    spec: {
      name: { cs: "Žádost o vyjádření", en: "Request for a statement" },
      schema: {
        type: "object",
        required: ["applicant", "subject"],
        properties: {
          applicant: { type: "string", minLength: 1, maxLength: 200 },
          subject: { type: "string", minLength: 1, maxLength: 2000 },
          urgent: { type: "boolean" },
        },
      },
      texts: {
        applicant: { label: { cs: "Žadatel", en: "Applicant" } },
        subject: { label: { cs: "Předmět", en: "Subject" } },
        urgent: { label: { cs: "Spěchá", en: "Urgent" } },
      },
      submission: { caseNumber: "ZV-{year}-{seq:5}", routes, allowAnonymous: true },
    },
  });
  return publishVersion(rig.server.db, definition, "test");
}

/** Waits until `check` returns something truthy (polling every 25 ms), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The deliveries of a submission, by route. */
export async function deliveriesOf(rig: DeliveryRig, submissionId: string) {
  const rows = await rig.server.db
    .selectFrom("outbox")
    .select(["id", "route_id", "state", "attempts", "last_error", "reference"])
    .where("submission_id", "=", submissionId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.route_id, row]));
}
