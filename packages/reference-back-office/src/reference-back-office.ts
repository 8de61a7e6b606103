import { join } from "node:path";
import Fastify from "fastify";
import { useJsonErrors } from "./api-errors.ts";
import { FaultSwitch, type ServiceMode } from "./fault-switch.ts";
import { type FilingCounts, filingRoutes } from "./filing/filing-routes.ts";
import { type FiledRecord, FilingStore } from "./filing/filing-store.ts";
import { overviewPage } from "./overview-page.ts";
import { reachableHost } from "./reachable-host.ts";
import { type ReceivedWebhook, WebhookLog } from "./webhooks/webhook-log.ts";
import { type WebhookCounts, webhookRoutes } from "./webhooks/webhook-routes.ts";
import { DEFAULT_REPLAY_WINDOW_SECONDS } from "./webhooks/webhook-signature.ts";

export interface ReferenceBackOfficeOptions {
  /** 0 (the default) takes a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** The bearer token the filing service requires. */
  filingToken: string;
  /** One secret for every webhook inbox, or the secret of each inbox (no other inbox exists). */
  webhookSecrets: string | Readonly<Record<string, string>>;
  /** Starts the filing system's references, `<prefix>/<year>/<sequence>`. Default `REF`. */
  referencePrefix?: string;
  /** Keeps filed records and webhook deliveries in this directory across restarts; memory only when unset. */
  dataDir?: string;
  /** How far a webhook signature's timestamp may be from this server's clock. Default 300 s. */
  replayWindowSeconds?: number;
}

/** Fault injection shared by both parts. */
export interface FaultControls {
  /** `up` serves requests, `down` answers 503, `fail` answers 500. */
  setMode(mode: ServiceMode): void;
  /** Answers the next `count` requests 500, then goes back to the mode. */
  failNext(count: number): void;
}

export interface FilingServiceHandle extends FaultControls {
  /** The API's base URL, `<url>/filing/v1`: what a filing-service route points at. */
  url: string;
  /** The filed records with their documents' metadata, oldest first. */
  records(): FiledRecord[];
  counts(): FilingCounts;
}

export interface WebhookInboxHandle extends FaultControls {
  /** The URL a webhook route for `inbox` points at. */
  urlOf(inbox: string): string;
  /** The accepted deliveries (duplicates included), of one inbox or of all, oldest first. */
  deliveries(inbox?: string): ReceivedWebhook[];
  /** The distinct Idempotency-Keys accepted, of one inbox or of all, in the order first seen. */
  uniqueKeys(inbox?: string): string[];
  counts(): WebhookCounts;
}

export interface ReferenceBackOffice {
  /** The bound base URL, e.g. `http://127.0.0.1:3001`; its overview page is at `/`. */
  url: string;
  filing: FilingServiceHandle;
  webhooks: WebhookInboxHandle;
  /** Stops listening and waits until everything received is on disk. */
  close(): Promise<void>;
}

/** The largest request accepted outside the routes that set their own limit: room for a record's answers. */
const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * Starts the reference back office: the filing-service API under `/filing/v1`, webhook inboxes at
 * `/webhooks/:inbox` and an overview page at `/`, in one HTTP server.
 */
export async function startReferenceBackOffice(
  options: ReferenceBackOfficeOptions,
): Promise<ReferenceBackOffice> {
  if (!options.filingToken) throw new Error("The reference back office needs a filing token");
  const { host = "127.0.0.1", dataDir } = options;
  const store = await FilingStore.open(options.referencePrefix ?? "REF", dataDir && join(dataDir, "filing"));
  const log = await WebhookLog.open(dataDir && join(dataDir, "webhooks"));
  const filingFaults = new FaultSwitch();
  const webhookFaults = new FaultSwitch();
  const filingCounts: FilingCounts = {
    requests: 0,
    faulted: 0,
    unauthorized: 0,
    recordsCreated: 0,
    documentsStored: 0,
  };
  const webhookCounts: WebhookCounts = {
    requests: 0,
    faulted: 0,
    refused: 0,
    invalid: 0,
    accepted: 0,
    duplicates: 0,
  };

  const app = Fastify({
    bodyLimit: DEFAULT_BODY_LIMIT,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  });
  useJsonErrors(app);
  await app.register(filingRoutes, {
    prefix: "/filing/v1",
    store,
    token: options.filingToken,
    faults: filingFaults,
    counts: filingCounts,
  });
  await app.register(webhookRoutes, {
    log,
    secrets: options.webhookSecrets,
    replayWindowSeconds: options.replayWindowSeconds ?? DEFAULT_REPLAY_WINDOW_SECONDS,
    faults: webhookFaults,
    counts: webhookCounts,
  });
  app.get("/", async (_request, reply) =>
    reply
      .type("text/html; charset=utf-8")
      .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
      .send(overviewPage(store.list(), log.all())),
  );

  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  if (!address || typeof address === "string")
    throw new Error("The reference back office has no TCP address");
  const url = `http://${reachableHost(host)}:${address.port}`;

  const controls = (faults: FaultSwitch): FaultControls => ({
    setMode: (mode) => {
      faults.mode = mode;
    },
    failNext: (count) => faults.failNext(count),
  });

  return {
    url,
    filing: {
      ...controls(filingFaults),
      url: `${url}/filing/v1`,
      records: () => structuredClone(store.list()),
      counts: () => ({ ...filingCounts }),
    },
    webhooks: {
      ...controls(webhookFaults),
      urlOf: (inbox) => `${url}/webhooks/${encodeURIComponent(inbox)}`,
      deliveries: (inbox) => log.all(inbox),
      uniqueKeys: (inbox) => [...new Set(log.all(inbox).map((delivery) => delivery.key))],
      counts: () => ({ ...webhookCounts }),
    },
    async close() {
      await app.close();
      await Promise.all([store.flushed(), log.flushed()]);
    },
  };
}
