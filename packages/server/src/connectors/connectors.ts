import type { ConnectorType } from "@civitas/definitions";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Connector } from "./connector.ts";
import { createEmailConnector, type EmailSettings } from "./email/email-connector.ts";
import { filingServiceConnector } from "./filing-service/filing-service-connector.ts";
import { createPostgresTableConnector } from "./postgres-table/postgres-table-connector.ts";
import { webhookConnector } from "./webhook/webhook-connector.ts";

/** One connector per route type the definition format knows. */
export type ConnectorSet = { [T in ConnectorType]: Connector<T> };

export function createConnectors({
  db,
  email,
  timeoutMs,
}: {
  db: Kysely<Database>;
  email: EmailSettings;
  /** How long one attempt may take (the HTTP connectors take it from the attempt's signal). */
  timeoutMs: number;
}): ConnectorSet {
  return {
    webhook: webhookConnector,
    email: createEmailConnector(email),
    "filing-service": filingServiceConnector,
    "postgres-table": createPostgresTableConnector(db, { timeoutMs }),
  };
}

export async function closeConnectors(connectors: ConnectorSet): Promise<void> {
  await Promise.all(Object.values(connectors).map((connector) => connector.close?.()));
}
